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
    if (holds(r.kind, r.status)) out.set(r.ref, (JSON.parse(r.detail) as { reason: string }).reason);
  }
  return out;
}

/** The same for one job. */
export function statusReasonOf(store: Store, ref: string): string | undefined {
  const r = store.db
    .prepare(
      `SELECT e.kind AS kind, e.detail AS detail, j.status AS status FROM job_events e JOIN jobs j ON j.ref = e.job_ref
       WHERE e.job_ref = ? AND e.kind IN ('cancelled', 'put-on-hold', 'reopened') ORDER BY e.id DESC LIMIT 1`,
    )
    .get(ref) as { kind: string; detail: string; status: JobStatus } | undefined;
  if (!r || !holds(r.kind, r.status)) return undefined;
  return (JSON.parse(r.detail) as { reason: string }).reason;
}

/** An undone status change leaves its event (history stays): a reason shows only while its status holds. */
function holds(kind: string, status: JobStatus): boolean {
  return (kind === 'cancelled' && status === 'cancelled') || (kind === 'put-on-hold' && status === 'on_hold');
}
