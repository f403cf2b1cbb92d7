// What to do with placements an edit has just blocked: send them back to the tray (one undoable
// step), or re-plan them — the roster drop-out machinery's auto-schedule run on just those jobs,
// taken out of the diary and placed again (over their days and the week after) in the worker,
// previewed, and applied by `schedule/accept-run` as one undoable step. A job the scheduler
// cannot place again goes back to the tray when the run is accepted.
import { ApiError } from '../../../shared/api/errors';
import { addDays } from '../../../shared/calendar/dates';
import type { DiaryEntry } from '../../../shared/domain/types';
import { returnToTray } from '../roster/dropouts';
import type { SchedulePreview } from '../scheduling/preview';
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
  const unique = [...new Set(refs)];
  const stored = new Map(unique.map((ref) => [ref, placedEntry(store, ref)]));
  const run = startRun(store, { from, to, refs: unique, replan: true, timeLimitMs: timeLimitMs ?? REPLAN_TIME_LIMIT_MS });
  // The scheduler plans these jobs as if in the tray, so its preview calls them "added"; they are
  // placed now, so each is a move from where it is. Registered after runs.ts's own handler on the
  // same promise: it runs right after the preview is built, before any poll can read it.
  void run.task?.result.then(
    () => {
      if (run.preview) run.preview = asMoves(run.preview, stored);
    },
    () => undefined,
  );
  return run;
}

/** The preview with every job that was placed listed as moved (from where it was), not added. */
export function asMoves(preview: SchedulePreview, stored: ReadonlyMap<string, DiaryEntry>): SchedulePreview {
  const moved = [...preview.moved];
  const added: SchedulePreview['added'] = [];
  for (const a of preview.added) {
    const was = stored.get(a.ref);
    if (!was) added.push(a);
    else
      moved.push({
        ref: a.ref,
        from: { operative_id: was.operative_id, date: was.date, start: was.start ?? '' },
        to: a.to,
        warnings: a.warnings,
      });
  }
  return { ...preview, added, moved };
}

function placedEntry(store: Store, ref: string) {
  if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}; nothing was changed`);
  const entry = store.read.diaryEntry(ref);
  if (!entry) throw new ApiError('CONFLICT', `${ref} is not in the diary (already in the tray); nothing was changed`);
  return entry;
}
