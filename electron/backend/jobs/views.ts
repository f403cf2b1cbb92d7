// Jobs as the API shows them: with their SLA deadline under the workspace policy, where the
// diary has them, and why they are cancelled or on hold (from their history) when they are.
import type { JobView } from '../../../shared/api/views';
import type { DiaryEntry, Job, SlaPolicy } from '../../../shared/domain/types';
import { ApiError } from '../../../shared/api/errors';
import type { DeadlinedJob } from '../../../shared/rules';
import { statusReasonOf, statusReasons } from '../editing/status-reasons';
import { deadlineOf } from '../sla/deadlines';
import { slaPolicyOf } from '../sla/policy';
import { jobEvents, type JobEvent } from '../store/journal';
import type { Store } from '../store/store';

/** A job with its deadline already known (a planning snapshot's jobs) plus its placement. */
export function placedView(job: DeadlinedJob, entry: DiaryEntry | undefined): JobView {
  const placement = entry
    ? { operative_id: entry.operative_id, date: entry.date, start: entry.start, sequence: entry.sequence, pinned: entry.pinned }
    : null;
  return { ...job, placement };
}

export function toJobView(job: Job, entry: DiaryEntry | undefined, policy: SlaPolicy): JobView {
  return placedView({ ...job, sla_deadline: deadlineOf(job, policy) }, entry);
}

const withReason = (v: JobView, reason: string | undefined): JobView => (reason === undefined ? v : { ...v, status_reason: reason });

/** Every job (or those with the given statuses), in ref order. */
export function listJobViews(store: Store, statuses?: readonly string[]): JobView[] {
  const policy = slaPolicyOf(store);
  const byRef = new Map(store.read.diary().map((e) => [e.job_ref, e]));
  const wanted = statuses ? new Set(statuses) : null;
  const reasons = statusReasons(store);
  return store.read
    .jobs()
    .filter((j) => !wanted || wanted.has(j.status))
    .map((j) => withReason(toJobView(j, byRef.get(j.ref), policy), reasons.get(j.ref)));
}

export function jobView(store: Store, ref: string): JobView | undefined {
  const job = store.read.job(ref);
  return job && withReason(toJobView(job, store.read.diaryEntry(ref), slaPolicyOf(store)), statusReasonOf(store, ref));
}

/** The job, or NOT_FOUND. */
export function requireJobView(store: Store, ref: string): JobView {
  const view = jobView(store, ref);
  if (!view) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
  return view;
}

/** A job's history of events, oldest first, or NOT_FOUND. */
export function jobHistory(store: Store, ref: string): JobEvent[] {
  if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
  return jobEvents(store, ref);
}
