// Wording shared by rule reasons: dates and ranges as planners write them.
import type { Weekday } from '../domain/types';
import { WEEKDAYS } from '../domain/schemas';
import { addDays, formatHHMM, formatLongDate } from '../calendar/dates';
import { MINUTES_PER_DAY } from '../plan/time';

export { formatClock, formatDuration } from '../plan/time';

/** '5 Jan 2027', '5–9 Jan 2027', '30 Jan – 2 Feb 2027', '28 Dec 2026 – 3 Jan 2027'. */
export function formatDateRange(from: string, to: string): string {
  if (from === to) return formatLongDate(from);
  const [d1, m1, y1] = formatLongDate(from).split(' ');
  const [d2, m2, y2] = formatLongDate(to).split(' ');
  if (y1 !== y2) return `${d1} ${m1} ${y1} – ${d2} ${m2} ${y2}`;
  if (m1 !== m2) return `${d1} ${m1} – ${d2} ${m2} ${y2}`;
  return `${d1}–${d2} ${m2} ${y2}`;
}

/** '5 Jan 2027 14:30' for a plan minute that may run past midnight. */
export function formatDateTime(date: string, min: number): string {
  const day = Math.floor(min / MINUTES_PER_DAY);
  return `${formatLongDate(addDays(date, day))} ${formatHHMM(min - day * MINUTES_PER_DAY)}`;
}

/** '2027-01-05T12:00' → '5 Jan 2027 12:00'. */
export function formatStamp(stamp: string): string {
  return `${formatLongDate(stamp.slice(0, 10))} ${stamp.slice(11, 16)}`;
}

/** 'Mon–Fri', 'Mon, Wed, Fri', 'Mon–Wed, Sat': runs of consecutive weekdays collapsed. */
export function formatWeekdays(days: ReadonlySet<Weekday>): string {
  const parts: string[] = [];
  let i = 0;
  while (i < WEEKDAYS.length) {
    if (!days.has(WEEKDAYS[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < WEEKDAYS.length && days.has(WEEKDAYS[j + 1]!)) j++;
    parts.push(j - i >= 2 ? `${WEEKDAYS[i]}–${WEEKDAYS[j]}` : WEEKDAYS.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}

const WEEKDAY_PLURAL: Record<Weekday, string> = {
  Mon: 'Mondays',
  Tue: 'Tuesdays',
  Wed: 'Wednesdays',
  Thu: 'Thursdays',
  Fri: 'Fridays',
  Sat: 'Saturdays',
  Sun: 'Sundays',
};

export function weekdayPlural(d: Weekday): string {
  return WEEKDAY_PLURAL[d];
}

/** 'until review on 3 Mar 2027' or 'with no review date'. */
export function untilText(until: string | null): string {
  return until === null ? 'with no review date' : `until review on ${formatLongDate(until)}`;
}
