// Public API of day planning.
export { appendJob, appendToDayPlan, computeDayPlan, homeOf } from './day-plan';
export type { DayJob, DayPlan, PlannedVisit } from './day-plan';
export { byDiaryOrder, dayJobsFromDiary, insertIntoSequence } from './sequence';
export { formatClock, formatDuration, MINUTES_PER_DAY } from './time';
export { parseWindow, shiftBounds, windowWithin } from './window';
export type { ShiftBounds, TimeWindow, WindowKind } from './window';
