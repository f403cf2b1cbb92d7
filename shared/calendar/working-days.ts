// Working-day arithmetic over a bank-holiday calendar. SLA clocks count working days, and a
// wrong answer is a missed statutory deadline, so dates the calendar does not cover throw
// instead of being silently treated as ordinary weekdays.
import type { Weekday } from '../domain/types';
import { CALENDAR_FIRST_DATE, CALENDAR_LAST_DATE, ENGLAND_WALES_BANK_HOLIDAYS } from './bank-holidays';
import { addDays, compareDates, dateParts, weekdayOf } from './dates';

export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  holidayNames: ReadonlyMap<string, string>;
  workingWeekdays: readonly Weekday[];
  /** First and last dates the holiday list is complete for (inclusive). */
  firstDate: string;
  lastDate: string;
}

export interface CalendarOptions {
  holidays: readonly { date: string; name: string }[];
  workingWeekdays?: readonly Weekday[];
  firstDate: string;
  lastDate: string;
}

export const MON_TO_FRI: readonly Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

/** Builds a calendar from holiday data (e.g. an organisation's own closure days). */
export function createCalendar(opts: CalendarOptions): WorkingCalendar {
  if (compareDates(opts.firstDate, opts.lastDate) > 0) {
    throw new Error(`calendar starts ${opts.firstDate} after it ends ${opts.lastDate}`);
  }
  const names = new Map<string, string>();
  for (const h of opts.holidays) {
    dateParts(h.date); // reject malformed data at load time, not mid-calculation
    names.set(h.date, h.name);
  }
  return {
    holidays: new Set(names.keys()),
    holidayNames: names,
    workingWeekdays: [...(opts.workingWeekdays ?? MON_TO_FRI)],
    firstDate: opts.firstDate,
    lastDate: opts.lastDate,
  };
}

/** Monday to Friday, less England & Wales bank holidays, 2026–2028. */
export const DEFAULT_CALENDAR: WorkingCalendar = createCalendar({
  holidays: ENGLAND_WALES_BANK_HOLIDAYS,
  firstDate: CALENDAR_FIRST_DATE,
  lastDate: CALENDAR_LAST_DATE,
});

export function isInCalendar(date: string, cal: WorkingCalendar = DEFAULT_CALENDAR): boolean {
  return compareDates(date, cal.firstDate) >= 0 && compareDates(date, cal.lastDate) <= 0;
}

function assertInCalendar(date: string, cal: WorkingCalendar): void {
  if (isInCalendar(date, cal)) return;
  const side = compareDates(date, cal.lastDate) > 0 ? 'beyond the end of' : 'before the start of';
  throw new Error(
    `working-day calculation reached ${date}, ${side} the working calendar ` +
      `(${cal.firstDate} to ${cal.lastDate}); add bank holidays for that year`,
  );
}

/** A plain membership test: no range check, since "not a known holiday" is a fair answer here. */
export function isBankHoliday(date: string, cal: WorkingCalendar = DEFAULT_CALENDAR): boolean {
  dateParts(date);
  return cal.holidays.has(date);
}

/** The holiday's name, for reasons like "Mon 28 Dec is Boxing Day (substitute day)". */
export function holidayName(date: string, cal: WorkingCalendar = DEFAULT_CALENDAR): string | undefined {
  return cal.holidayNames.get(date);
}

export function isWorkingDay(date: string, cal: WorkingCalendar = DEFAULT_CALENDAR): boolean {
  assertInCalendar(date, cal);
  if (cal.holidays.has(date)) return false;
  return cal.workingWeekdays.includes(weekdayOf(date));
}

/**
 * The n-th working day after `date` (counting starts the next day); n = 0 returns `date`
 * itself, negative n counts backwards. Only the days stepped over must be in the calendar.
 */
export function addWorkingDays(date: string, n: number, cal: WorkingCalendar = DEFAULT_CALENDAR): string {
  if (!Number.isInteger(n)) throw new Error(`working-day count ${n} is not a whole number`);
  dateParts(date);
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let d = date;
  // Terminates: each step moves one day and assertInCalendar throws once outside the range.
  while (left > 0) {
    d = addDays(d, step);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** Working days in (from, to]; negative when `to` is before `from`. */
export function workingDaysBetween(from: string, to: string, cal: WorkingCalendar = DEFAULT_CALENDAR): number {
  const order = compareDates(from, to);
  if (order === 0) return 0;
  const [lo, hi] = order < 0 ? [from, to] : [to, from];
  let count = 0;
  for (let d = addDays(lo, 1); compareDates(d, hi) <= 0; d = addDays(d, 1)) {
    if (isWorkingDay(d, cal)) count++;
  }
  return order < 0 ? count : -count;
}
