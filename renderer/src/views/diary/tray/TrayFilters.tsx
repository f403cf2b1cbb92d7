// The tray's search box, filter menus and sort order.
import { useMemo } from 'react';
import type { JobView } from '../../../../../shared/api/views';
import { FilterInput } from '../../../components/FilterInput';
import {
  distinct,
  SLA_FILTER_LABELS,
  SLA_FILTERS,
  TRAY_SORT_LABELS,
  TRAY_SORTS,
  priorityRank,
  type SlaFilter,
  type TrayFilter,
  type TraySort,
} from './trayFilter';
import { PairOptions, type Option } from '../../../components/Options';

/** A labelled menu; aria-label keeps the accessible name to the label alone (not the options). */
function Menu({
  label,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (v: string) => void;
  className?: string;
}) {
  return (
    <label className={['select-filter', className].filter(Boolean).join(' ')}>
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        <PairOptions options={options} />
      </select>
    </label>
  );
}

const withAll = (xs: readonly string[]): Option[] => [{ value: '', label: 'All' }, ...xs.map((x) => ({ value: x, label: x }))];

export function TrayFilters({
  jobs,
  filter,
  onChange,
}: {
  jobs: readonly JobView[];
  filter: TrayFilter;
  onChange: (patch: Partial<TrayFilter>) => void;
}) {
  const menus = useMemo(
    () => ({
      priority: withAll(distinct(jobs, (j) => j.priority).sort((a, b) => priorityRank(a) - priorityRank(b))),
      trade: withAll(distinct(jobs, (j) => j.trade)),
      area: withAll(distinct(jobs, (j) => j.area)),
      sla: SLA_FILTERS.map((s) => ({ value: s, label: SLA_FILTER_LABELS[s] })),
      sort: TRAY_SORTS.map((s) => ({ value: s, label: TRAY_SORT_LABELS[s] })),
    }),
    [jobs],
  );
  return (
    <div className="tray-filters">
      <FilterInput
        label="Search unscheduled jobs"
        hint="Search ref or address"
        value={filter.text}
        onChange={(text) => onChange({ text })}
      />
      <div className="tray-selects">
        <Menu label="Priority" value={filter.priority} options={menus.priority} onChange={(priority) => onChange({ priority })} />
        <Menu label="Trade" value={filter.trade} options={menus.trade} onChange={(trade) => onChange({ trade })} />
        <Menu label="Area" value={filter.area} options={menus.area} onChange={(area) => onChange({ area })} />
        <Menu label="SLA" value={filter.sla} options={menus.sla} onChange={(sla) => onChange({ sla: sla as SlaFilter })} />
        <Menu
          label="Sort by"
          className="tray-sort"
          value={filter.sort}
          options={menus.sort}
          onChange={(sort) => onChange({ sort: sort as TraySort })}
        />
      </div>
    </div>
  );
}
