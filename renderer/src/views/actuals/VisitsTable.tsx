// Every visit in the range against the version in force: planned operative, day, start and
// duration beside what happened, lateness for the appointment window, and the outcome.
import { useMemo } from 'react';
import type { ApiOutput } from '../../../../shared/api/contract';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { dayMonth } from '../../lib/format';
import { OUTCOME_LABELS, minutes } from './actualsText';

type Visit = ApiOutput<'actuals/get-report'>['visits'][number];

const COLUMNS: Column<Visit>[] = [
  { id: 'ref', header: 'Job', width: 90, render: (v) => v.ref, sortValue: (v) => v.ref },
  { id: 'outcome', header: 'Outcome', width: 110, render: (v) => OUTCOME_LABELS[v.outcome] ?? v.outcome, sortValue: (v) => v.outcome },
  { id: 'reason', header: 'Reason', width: 120, render: (v) => v.reason ?? '', sortValue: (v) => v.reason ?? '' },
  {
    id: 'planned',
    header: 'Planned',
    width: 170,
    grow: 1,
    render: (v) => (v.planned ? `${v.planned.operative_id} · ${dayMonth(v.planned.date)} ${v.planned.start}` : '—'),
    sortValue: (v) => (v.planned ? `${v.planned.date}${v.planned.start}` : ''),
  },
  {
    id: 'actual',
    header: 'Actual',
    width: 170,
    grow: 1,
    render: (v) =>
      `${v.actual.operative_id} · ${dayMonth(v.actual.date)} ${v.actual.arrived ?? ''}${v.actual.left ? `–${v.actual.left}` : ''}`,
    sortValue: (v) => `${v.actual.date}${v.actual.arrived ?? ''}`,
  },
  { id: 'window', header: 'Window', width: 90, render: (v) => v.planned?.window ?? '', sortValue: (v) => v.planned?.window ?? '' },
  {
    id: 'late',
    header: 'Late',
    width: 70,
    align: 'end',
    render: (v) => (v.late_min ? `${v.late_min} min` : v.late_min === 0 ? 'on time' : '—'),
    sortValue: (v) => v.late_min ?? -1,
  },
  {
    id: 'duration',
    header: 'Planned / actual',
    width: 120,
    align: 'end',
    render: (v) => `${v.planned?.duration_min ?? '—'} / ${v.actual.duration_min ?? '—'} min`,
    sortValue: (v) => v.actual.duration_min ?? -1,
  },
  {
    id: 'variance',
    header: 'Variance',
    width: 80,
    align: 'end',
    render: (v) => minutes(v.duration_variance_min),
    sortValue: (v) => v.duration_variance_min ?? 0,
  },
  {
    id: 'sla',
    header: 'SLA',
    width: 80,
    render: (v) => (v.within_sla === null ? '' : v.within_sla ? 'within' : 'missed'),
    sortValue: (v) => String(v.within_sla),
  },
];

export function VisitsTable({ visits }: { visits: readonly Visit[] }) {
  const rows = useMemo(() => [...visits], [visits]);
  return (
    <VirtualTable
      label="Visits: plan versus actual"
      rows={rows}
      columns={COLUMNS}
      rowKey={(v) => `${v.ref}|${v.actual.date}`}
      rowAttributes={(v) => ({ 'data-ref': v.ref, 'data-outcome': v.outcome, 'data-late': String((v.late_min ?? 0) > 0) })}
      empty="No visits."
    />
  );
}
