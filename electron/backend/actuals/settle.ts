// What a job's latest visit means for the live plan, applied when that visit was just written:
//   COMPLETED     done (and an original waiting only on its follow-ons is done once they are)
//   CANCELLED     cancelled
//   NO_ACCESS, ABORTIVE   open again, off the day it failed on: it waits in the rebooking queue
//   FURTHER_WORK  in progress; its follow-on job carries the rebooking
// A job whose latest visit did not change keeps its status, so a later decision by the planner
// (e.g. cancelling for no access) is not undone by re-reading old visits.
import { inVisitOrder, type VisitRecord } from '../../../shared/actuals';
import type { JobStatus } from '../../../shared/domain/types';
import type { ChangeRecorder } from '../store/change-recorder';
import { diaryDayOf, followOnLinks, followOnsOf, jobStatus } from '../store/actuals/actual-rows';
import { jobStatusesOf } from '../store/actuals/job-rows';
import type { Store } from '../store/store';

const STATUS_AFTER: Record<VisitRecord['outcome'], JobStatus> = {
  COMPLETED: 'done',
  CANCELLED: 'cancelled',
  NO_ACCESS: 'open',
  ABORTIVE: 'open',
  FURTHER_WORK: 'in_progress',
};

export interface SettleResult {
  /** Jobs taken off the diary day they failed on (now waiting to be rebooked). */
  unplaced: string[];
}

export function settleJobs(
  store: Store,
  rec: ChangeRecorder,
  histories: ReadonlyMap<string, readonly VisitRecord[]>,
  written: ReadonlySet<number>,
): SettleResult {
  const unplaced: string[] = [];
  const completedFollowOns: string[] = [];
  const latestWritten: VisitRecord[] = [];
  for (const visits of histories.values()) {
    const latest = inVisitOrder(visits).at(-1);
    if (latest && written.has(latest.id)) latestWritten.push(latest);
  }
  // Only each job's status is read and recorded (a partial change): 45,000 whole job rows read,
  // kept and written to history were most of an import's time.
  const before = jobStatusesOf(
    store,
    latestWritten.map((v) => v.ref),
  );
  const failed: VisitRecord[] = [];
  const statuses: { key: string; was: string; set: JobStatus }[] = [];
  for (const latest of latestWritten) {
    const ref = latest.ref;
    const status = before.get(ref);
    if (status === undefined || status === 'archived') continue;
    statuses.push({ key: ref, was: status, set: STATUS_AFTER[latest.outcome] });
    if (latest.outcome === 'NO_ACCESS' || latest.outcome === 'ABORTIVE') failed.push(latest);
    if (latest.outcome === 'COMPLETED') completedFollowOns.push(ref);
  }
  rec.patchColumn('jobs', 'status', statuses);
  // Then the diary: the status changes stay one run in the step's history.
  for (const latest of failed) {
    const entry = diaryDayOf(store, latest.ref);
    if (entry && entry.date <= latest.date && rec.delete('diary_entries', { job_ref: latest.ref })) unplaced.push(latest.ref);
  }
  closeOriginals(store, rec, completedFollowOns);
  return { unplaced };
}

/**
 * An original in progress only for its follow-ons is done once every follow-on is done or
 * cancelled — and so on up a chain of follow-ons of follow-ons.
 */
function closeOriginals(store: Store, rec: ChangeRecorder, completed: readonly string[]): void {
  if (completed.length === 0) return;
  const links = followOnLinks(store);
  const queue = [...completed];
  // An index, not shift(): the queue starts with every completed job of the import (tens of thousands).
  for (let i = 0; i < queue.length; i++) {
    const ref = queue[i]!;
    const origin = links.get(ref)?.origin_ref;
    if (!origin || jobStatus(store, origin) !== 'in_progress') continue;
    const pending = followOnsOf(store, origin).some((f) => !['done', 'cancelled'].includes(jobStatus(store, f.follow_on_ref) ?? ''));
    if (pending) continue;
    rec.put('jobs', { ref: origin, status: 'done' });
    queue.push(origin);
  }
}
