// What to do with placements an edit has just blocked: send them back to the tray (one undoable
// step), or re-plan them — the roster drop-out machinery's auto-schedule run on just those jobs,
// taken out of the diary and placed again (over their days and the week after) in the worker,
// previewed, and applied by `schedule/accept-run` as one undoable step. A job the scheduler
// cannot place again goes back to the tray when the run is accepted.
import { ApiError } from '../../../shared/api/errors';
import { addDays } from '../../../shared/calendar/dates';
import { returnToTray } from '../roster/dropouts';
import { startRun } from '../scheduling/runs';
import type { Store } from '../store/store';
import { todayOf } from './clock';

export function sendBackToTray(store: Store, refs: readonly string[], who: string): { refs: string[] } {
  for (const ref of refs) placedEntry(store, ref);
  return { refs: returnToTray(store, refs, who, 'blocked placement') };
}

export const REPLAN_TIME_LIMIT_MS = 2000;
const MAX_DAYS = 31;

export function replanJobs(store: Store, refs: readonly string[], timeLimitMs: number | undefined) {
  const dates = refs.map((ref) => placedEntry(store, ref).date).sort();
  const today = todayOf(store);
  const from = dates[0]! > today ? dates[0]! : today;
  const last = dates[dates.length - 1]! > from ? dates[dates.length - 1]! : from;
  const week = addDays(last, 6);
  const cap = addDays(from, MAX_DAYS - 1);
  const to = week < cap ? week : cap;
  return startRun(store, { from, to, refs: [...new Set(refs)], replan: true, timeLimitMs: timeLimitMs ?? REPLAN_TIME_LIMIT_MS });
}

function placedEntry(store: Store, ref: string) {
  if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}; nothing was changed`);
  const entry = store.read.diaryEntry(ref);
  if (!entry) throw new ApiError('CONFLICT', `${ref} is not in the diary (already in the tray); nothing was changed`);
  return entry;
}
