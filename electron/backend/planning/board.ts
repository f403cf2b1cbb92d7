// What `diary/get-board` carries: the planning snapshot for the board's range (readPlanningWorld),
// every diary entry, each job's placement, and the range's drop-outs. The renderer builds its
// world from it with the same worldFromSnapshot the backend uses, so drops are judged alike.
import { ApiError } from '../../../shared/api/errors';
import { dateRange } from '../../../shared/calendar/dates';
import { placedView } from '../jobs/views';
import { onBoard } from '../editing/retired';
import { findDropouts } from '../../../shared/coverage';
import { overriddenPlacements } from '../store/journal';
import type { Store } from '../store/store';
import { readPlanningWorld } from './snapshot';
import { cachedDiary, cachedIndex } from './plan-cache';
import { listLocks } from '../store/governance/change-rows';

export const MAX_BOARD_DAYS = 62;

export function boardData(store: Store, from: string, to: string) {
  if (from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
  const dates = dateRange(from, to);
  if (dates.length > MAX_BOARD_DAYS)
    throw new ApiError('VALIDATION', `the board shows at most ${MAX_BOARD_DAYS} days (asked for ${dates.length})`);
  // The cached diary: after a drop it is carried forward, not re-read (plan-cache.ts).
  const entries = [...cachedDiary(store)];
  const snapshot = readPlanningWorld(store, { from, to }, entries);
  const byRef = new Map(entries.map((e) => [e.job_ref, e]));
  return {
    from,
    to,
    dates,
    ...snapshot,
    // A retired operative leaves the board (editing/retired.ts); the verdicts are unchanged.
    operatives: onBoard(snapshot.operatives, entries, from, to),
    jobs: snapshot.jobs.map((j) => placedView(j, byRef.get(j.ref))),
    entries,
    version: store.version,
    // As roster/dropouts listDropouts, over the shared index (no diary re-read).
    dropouts: findDropouts(cachedIndex(store), { from, to, overridden: overriddenPlacements(store) }),
    locks: listLocks(store).map((l) => ({ ref: l.job_ref, lock: l.lock, reason: l.reason })),
  };
}
