// Where the diary opens: on today's week when it has work (placements), else on the nearest
// week that has (a later one on a tie: work to come matters more than work done), else today's.
import { addDays, daysBetween } from '../../../shared/calendar/dates';
import { mondayOf, todayOf } from '../editing/clock';
import type { Store } from '../store/store';

export interface StartWeek {
  today: string;
  /** Monday of the week to open on. */
  week_start: string;
  week_end: string;
  /** Placements in that week (0: nothing is placed anywhere). */
  placements: number;
  is_current_week: boolean;
}

export function startWeek(store: Store, today = todayOf(store)): StartWeek {
  const here = mondayOf(today);
  const weeks = new Map<string, number>();
  const rows = store.db.prepare('SELECT date, COUNT(*) AS n FROM diary_entries GROUP BY date').all() as { date: string; n: number }[];
  for (const r of rows) {
    const w = mondayOf(r.date);
    weeks.set(w, (weeks.get(w) ?? 0) + r.n);
  }
  let best = here;
  if (!weeks.has(here)) {
    let bestDist = Infinity;
    for (const w of weeks.keys()) {
      const d = Math.abs(daysBetween(here, w));
      if (d < bestDist || (d === bestDist && w > best)) [best, bestDist] = [w, d];
    }
  }
  return { today, week_start: best, week_end: addDays(best, 6), placements: weeks.get(best) ?? 0, is_current_week: best === here };
}
