// Public API of the working-day calendar.
export { CALENDAR_FIRST_DATE, CALENDAR_LAST_DATE, ENGLAND_WALES_BANK_HOLIDAYS } from './bank-holidays';
export {
  MS_PER_DAY,
  addDays,
  compareDates,
  dateParts,
  dateRange,
  daysBetween,
  formatHHMM,
  formatLongDate,
  formatShortDay,
  fromEpochDay,
  isIsoDate,
  parseHHMM,
  toEpochDay,
  utcMidnight,
  weekdayOf,
} from './dates';
export {
  DEFAULT_CALENDAR,
  MON_TO_FRI,
  addWorkingDays,
  createCalendar,
  holidayName,
  isBankHoliday,
  isInCalendar,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';
export type { CalendarOptions, WorkingCalendar } from './working-days';
