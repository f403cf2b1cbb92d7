// Plan times are minutes since midnight of the plan's date. A day can run past midnight
// (overnight shifts, long overruns), so values ≥ 1440 are legal here and shown with "+1d".
import { formatHHMM } from '../calendar/dates';

export const MINUTES_PER_DAY = 24 * 60;

/** '16:35', or '00:20 +1d' for a time after midnight. */
export function formatClock(min: number): string {
  const day = Math.floor(min / MINUTES_PER_DAY);
  const hhmm = formatHHMM(min - day * MINUTES_PER_DAY);
  return day === 0 ? hhmm : `${hhmm} ${day > 0 ? '+' : ''}${day}d`;
}

/** '45 min', '2 h', '7 h 40', '1 h 05': durations in reasons planners read. */
export function formatDuration(min: number): string {
  const m = Math.round(min);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const r = m % 60;
  return r === 0 ? `${h} h` : `${h} h ${String(r).padStart(2, '0')}`;
}
