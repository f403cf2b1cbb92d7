// Why a job is cancelled or on hold: the reason given with its latest status change, read from
// its history (job_events), shown beside the status in the Jobs table and the details panel.
import type { JobStatus } from '../../../shared/domain/types';
import type { Store } from '../store/store';

/** The reason for each job's current cancelled / on-hold / reopened state, from its history. */
export function statusReasons(store: Store): Map<string, string> {
  const rows = store.db
    .prepare(
      `SELECT e.job_ref AS ref, e.kind AS kind, e.detail AS detail, j.status AS status FROM job_events e
       JOIN jobs j ON j.ref = e.job_ref
       WHERE e.id IN (SELECT MAX(id) FROM job_events WHERE kind IN ('cancelled', 'put-on-hold', 'reopened') GROUP BY job_ref)`,
    )
    .all() as { ref: string; kind: string; detail: string; status: JobStatus }[];
  const out = new Map<string, string>();
  for (const r of rows) {
    // An undone status change leaves its event (history stays): show a reason only while it holds.
    const holds = (r.kind === 'cancelled' && r.status === 'cancelled') || (r.kind === 'put-on-hold' && r.status === 'on_hold');
    if (holds) out.set(r.ref, (JSON.parse(r.detail) as { reason: string }).reason);
  }
  return out;
}
