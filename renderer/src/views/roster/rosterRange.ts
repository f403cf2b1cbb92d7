// The roster's visible range: whole weeks from the Monday of the focus date.
import { addDays, dateRange } from '../../../../shared/calendar';
import { mondayOf } from '../../../../shared/roster/presets';

export const SPAN_WEEKS = [1, 2, 4] as const;
export type SpanWeeks = (typeof SPAN_WEEKS)[number];

export interface RosterRange {
  from: string;
  to: string;
  dates: string[];
}

export function rangeFor(date: string, weeks: SpanWeeks): RosterRange {
  const from = mondayOf(date);
  const to = addDays(from, weeks * 7 - 1);
  return { from, to, dates: dateRange(from, to) };
}
