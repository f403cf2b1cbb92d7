// The diary's other requests over moves.ts: judge a placement without writing, pin a job, and
// place or unplace one job by name (the API's assign/unassign and the CLI's).
import { ApiError } from '../../../shared/api/errors';
import { formatHHMM } from '../../../shared/calendar/dates';
import type { DiaryEntry, HHMM } from '../../../shared/domain/types';
import { logJobChange } from '../store/events';
import type { Store } from '../store/store';
import { moveJob, validateTarget, type MoveResult, type Target } from './moves';
import { indexOf } from './world';

/** Diary entries dated from..to inclusive. */
export function diaryBetween(store: Store, from: string, to: string): DiaryEntry[] {
  if (from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
  return store.read.diary(from, to);
}

export function checkPlacement(store: Store, ref: string, to: Target) {
  const job = store.read.job(ref);
  if (!job) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
  validateTarget(store, to);
  const r = indexOf(store).evaluate(job, store.read.operative(to.operative_id)!, to.date, { index: to.index });
  return {
    status: r.status,
    violations: r.violations,
    start: formatHHMM(r.visit.start_min % 1440),
    end: formatHHMM(r.visit.end_min % 1440),
  };
}

export function pinJob(store: Store, ref: string, pinned: boolean, who: string): DiaryEntry {
  const entry = store.read.diaryEntry(ref);
  if (!entry) throw new ApiError('NOT_FOUND', `${ref} is not in the diary, so it cannot be pinned`);
  store.history.mutate(`${pinned ? 'Pin' : 'Unpin'} ${ref}`, (rec) => rec.put('diary_entries', { job_ref: ref, pinned: pinned ? 1 : 0 }));
  logJobChange(store, ref, pinned ? 'pinned' : 'unpinned', {}, who);
  return { ...entry, pinned };
}

export interface AssignRequest {
  ref: string;
  operative_id: string;
  date: string;
  start?: HHMM | null | undefined;
  pinned?: boolean | undefined;
  override_reason?: string | undefined;
}

/** Places a job without the board's stale-card check (the caller did not see the board). */
export function assignJob(store: Store, r: AssignRequest, who: string): MoveResult {
  return moveJob(
    store,
    {
      ref: r.ref,
      to: { operative_id: r.operative_id, date: r.date },
      start: r.start,
      pinned: r.pinned,
      override_reason: r.override_reason,
    },
    who,
  );
}

export function unassignJob(store: Store, ref: string, who: string): { ref: string } {
  if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
  if (!store.read.diaryEntry(ref)) throw new ApiError('NOT_FOUND', `Job ${ref} is not in the diary`);
  moveJob(store, { ref, to: null }, who);
  return { ref };
}
