// Turns an SLA deadline into "latest finishing minute on this plan date", so thousands of
// cells compare one number instead of converting wall-clock times. isBreached stays the
// authority: the limit is found by asking it, so clock changes are handled exactly as there.
import { addDays, daysBetween, formatHHMM, parseHHMM } from '../calendar/dates';
import { isBreached } from '../sla/deadline';
import { MINUTES_PER_DAY } from '../plan/time';

// Plan minutes can run into the next day or two (overnight shift plus a long job); past that
// horizon a deadline cannot be reached from this date, so only nearby deadlines need searching.
const HORIZON_DAYS = 3;

function breachedAt(deadline: string, date: string, min: number): boolean {
  const day = Math.floor(min / MINUTES_PER_DAY);
  return isBreached(deadline, addDays(date, day), formatHHMM(min - day * MINUTES_PER_DAY));
}

/**
 * The latest plan minute on `date` a job may finish and still meet `deadline`
 * ('YYYY-MM-DDTHH:MM'): −Infinity if even 00:00 is late, +Infinity if the deadline is beyond
 * the horizon. Finishing exactly on the deadline is on time (as isBreached says).
 * Wall-clock minutes are read as increasing; in the hour skipped when BST starts they are not
 * (01:59 reads as 02:59 BST), and the limit stops at the first breached minute: the safe side.
 */
export function slaLatestFinishMin(deadline: string | null, date: string, daysAhead?: number): number {
  if (deadline === null) return Infinity;
  const ahead = daysAhead ?? daysBetween(date, deadline.slice(0, 10));
  if (ahead < 0) return -Infinity;
  if (ahead >= HORIZON_DAYS) return Infinity;
  // Usually the answer is the deadline's own wall-clock minute: confirm it with two questions.
  const guess = ahead * MINUTES_PER_DAY + parseHHMM(deadline.slice(11, 16));
  if (!breachedAt(deadline, date, guess) && breachedAt(deadline, date, guess + 1)) return guess;
  if (breachedAt(deadline, date, 0)) return -Infinity;
  // Otherwise (clock-change edge cases) search for the last minute before the first breach.
  let lo = 0;
  let hi = HORIZON_DAYS * MINUTES_PER_DAY;
  if (!breachedAt(deadline, date, hi - 1)) return Infinity;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (breachedAt(deadline, date, mid)) hi = mid;
    else lo = mid;
  }
  return lo;
}
