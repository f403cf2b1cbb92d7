// What `diary/get-board` carries: the planning snapshot for the board's range (readPlanningWorld),
// every diary entry, each job's placement, and the range's drop-outs. The renderer builds its
// world from it with the same worldFromSnapshot the backend uses, so drops are judged alike.
import { ApiError } from '../../../shared/api/errors';
import { dateRange } from '../../../shared/calendar/dates';
import { placedView } from '../jobs/views';
import { onBoard } from '../editing/retired';
import { listDropouts } from '../roster/dropouts';
import type { Store } from '../store/store';
import { readPlanningWorld } from './snapshot';

export const MAX_BOARD_DAYS = 62;

export function boardData(store: Store, from: string, to: string) {
  if (from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
  const dates = dateRange(from, to);
  if (dates.length > MAX_BOARD_DAYS)
    throw new ApiError('VALIDATION', `the board shows at most ${MAX_BOARD_DAYS} days (asked for ${dates.length})`);
  const snapshot = readPlanningWorld(store, { from, to });
  const entries = store.read.diary();
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
    dropouts: listDropouts(store, { from, to }),
  };
}
