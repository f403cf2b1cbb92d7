// Public API of the working-day calendar.
export { CALENDAR_FIRST_DATE, CALENDAR_LAST_DATE, ENGLAND_WALES_BANK_HOLIDAYS } from './bank-holidays';
export * from './dates';
export * from './working-days';
