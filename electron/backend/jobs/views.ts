// Jobs as the API shows them: with their SLA deadline under the workspace policy and where the
// diary has them.
import type { JobView } from '../../../shared/api/views';
import type { DiaryEntry, Job, SlaPolicy } from '../../../shared/domain/types';
import type { DeadlinedJob } from '../../../shared/rules';
import { deadlineOf } from '../sla/deadlines';
import { slaPolicyOf } from '../sla/policy';
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

/** Every job (or those with the given statuses), in ref order. */
export function listJobViews(store: Store, statuses?: readonly string[]): JobView[] {
  const policy = slaPolicyOf(store);
  const byRef = new Map(store.read.diary().map((e) => [e.job_ref, e]));
  const wanted = statuses ? new Set(statuses) : null;
  return store.read
    .jobs()
    .filter((j) => !wanted || wanted.has(j.status))
    .map((j) => toJobView(j, byRef.get(j.ref), policy));
}

export function jobView(store: Store, ref: string): JobView | undefined {
  const job = store.read.job(ref);
  return job && toJobView(job, store.read.diaryEntry(ref), slaPolicyOf(store));
}
