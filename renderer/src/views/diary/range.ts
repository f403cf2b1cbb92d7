// The dates the board shows: one day (hours axis), the Monday-to-Sunday week of the focus date,
// two weeks, or a custom range of up to 14 days starting at the focus date. Pure.
import { addDays, dateRange, daysBetween, isIsoDate, weekdayOf } from '../../../../shared/calendar';
import { WEEKDAYS } from '../../../../shared/domain/schemas';

export const SPANS = ['day', 'week', 'fortnight', 'custom'] as const;
export type Span = (typeof SPANS)[number];
export const SPAN_LABELS: Record<Span, string> = { day: 'Day', week: 'Week', fortnight: '2 weeks', custom: 'Custom' };
export const MAX_DAYS = 14;

export interface BoardRange {
  span: Span;
  from: string;
  to: string;
  dates: string[];
}

export function isSpan(x: string | null): x is Span {
  return x !== null && (SPANS as readonly string[]).includes(x);
}

export function mondayOf(date: string): string {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}

/** Clamps a custom end to [from, from + 13 days]; an invalid or missing end means one week. */
export function clampCustomEnd(from: string, to: string | null): string {
  if (!to || !isIsoDate(to) || to < from) return addDays(from, 6);
  return daysBetween(from, to) >= MAX_DAYS ? addDays(from, MAX_DAYS - 1) : to;
}

export function rangeFor(span: Span, focus: string, customEnd: string | null = null): BoardRange {
  let from = focus;
  let to = focus;
  if (span === 'week' || span === 'fortnight') {
    from = mondayOf(focus);
    to = addDays(from, span === 'week' ? 6 : 13);
  } else if (span === 'custom') {
    to = clampCustomEnd(focus, customEnd);
  }
  return { span, from, to, dates: dateRange(from, to) };
}

/** The focus date one step earlier (-1) or later (+1): a day, a week, two weeks or the custom length. */
export function stepFocus(range: BoardRange, focus: string, dir: -1 | 1): string {
  const len = range.span === 'day' ? 1 : range.dates.length;
  return addDays(range.span === 'custom' ? range.from : focus, dir * len);
}
