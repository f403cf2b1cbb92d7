// Jobs: every job in the workspace with its SLA clock, placement and gaps (no owner, no
// definition of done). Filtering is client-side; the table virtualizes the result.
import { useDeferredValue, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { JOB_STATUSES, PRIORITIES } from '../../../../shared/domain/schemas';
import type { JobView } from '../../../../shared/api/views';
import { FilterInput, SelectFilter } from '../../components/FilterInput';
import { RowCount, ViewHeader } from '../../components/ViewHeader';
import { ResourceTable } from '../../components/ResourceTable';
import { useNowLocal } from '../../hooks/useNow';
import { useResource } from '../../hooks/useResource';
import { EMPTY_JOB_FILTER, filterJobs, type JobFilter } from './filterJobs';
import { jobColumns } from './jobColumns';
import { Dialog } from '../../components/Dialog';
import { JobPanel } from '../job-panel/JobPanel';
import { dependencyLink } from '../../app/url';
import { JobHistory } from '../diary/details/JobHistory';
import { JobEditActions } from './JobEditActions';

const NO_JOBS: readonly JobView[] = [];
const STATUS_OPTIONS = JOB_STATUSES.map((s) => ({ value: s, label: s.replace('_', ' ') }));

export function JobsView() {
  const jobs = useResource(() => api('jobs/list', {}), []);
  const operatives = useResource(() => api('operatives/list', {}), []);
  const now = useNowLocal();
  const [filter, setFilter] = useState<JobFilter>(EMPTY_JOB_FILTER);
  // Typing stays responsive while 5,000 rows re-filter in the background.
  const deferred = useDeferredValue(filter);

  const all = jobs.data ?? NO_JOBS;
  const names = useMemo(() => new Map((operatives.data ?? []).map((o) => [o.id, o.name])), [operatives.data]);
  // Deadline realism comes from the dependency map (only chained jobs can be flagged).
  const map = useResource(() => api('dependencies/get-map', {}), []);
  const unrealistic = useMemo(
    () => new Map((map.data?.nodes ?? []).filter((n) => n.deadline_unrealistic).map((n) => [n.ref, n.earliest_finish ?? ''])),
    [map.data],
  );
  const [open, setOpen] = useState<string | null>(null);
  const openJob = open ? all.find((j) => j.ref === open) : undefined;
  const columns = useMemo(() => jobColumns(now, names, { unrealistic, onOpen: setOpen }), [now, names, unrealistic]);
  const rows = useMemo(() => filterJobs(all, deferred), [all, deferred]);
  const priorities = useMemo(() => {
    const seen = new Set<string>(PRIORITIES);
    for (const j of all) seen.add(j.priority);
    return [...seen].map((p) => ({ value: p, label: p }));
  }, [all]);

  const set = (patch: Partial<JobFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <section className="view" aria-label="Jobs view">
      <ViewHeader title="Jobs">
        <FilterInput label="Filter jobs" hint="Ref, address, trade, area, owner" value={filter.text} onChange={(text) => set({ text })} />
        <SelectFilter
          label="Priority"
          anyLabel="All priorities"
          value={filter.priority}
          onChange={(priority) => set({ priority })}
          options={priorities}
        />
        <SelectFilter
          label="Status"
          anyLabel="All statuses"
          value={filter.status}
          onChange={(status) => set({ status })}
          options={STATUS_OPTIONS}
        />
        <RowCount shown={rows.length} total={all.length} noun="jobs" />
      </ViewHeader>
      <ResourceTable
        resource={jobs}
        noun="jobs"
        csvFile="jobs.csv"
        label="Jobs"
        rows={rows}
        columns={columns}
        rowKey={(j) => j.ref}
        rowAttributes={(j) => ({ 'data-job-ref': j.ref })}
        initialSort={{ column: 'sla', dir: 'asc' }}
      />
      {open && (
        <Dialog title={`Job ${open}`} onClose={() => setOpen(null)} className="job-dialog">
          <JobPanel jobRef={open} mapHref={dependencyLink(open)} />
          {openJob && <JobEditActions jobRef={open} status={openJob.status} />}
          <h3 className="details-sub">History</h3>
          <JobHistory jobRef={open} />
        </Dialog>
      )}
    </section>
  );
}
