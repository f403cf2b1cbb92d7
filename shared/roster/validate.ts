// Checks on roster input that the CSV import, the day editor and the pattern editor share:
// a shift's hours, the rows of one day, and shifts that overlap across midnight into a
// neighbouring day. Messages name the facts so the planner can fix the row.
import { addDays, toEpochDay } from '../calendar/dates';
import type { IsoDate, Operative } from '../domain/types';
import { absoluteSpan, formatShift, shiftProblem } from './shift';
import type { RosterBook } from './resolve';
import type { DaySpec, RosterDay, RosterOverride, Shift } from './types';

export interface Span {
  kind: 'work' | 'on_call';
  date: IsoDate;
  shift: Shift;
  from: number;
  to: number;
}

function span(kind: Span['kind'], date: IsoDate, shift: Shift): Span {
  const [from, to] = absoluteSpan(toEpochDay(date), shift);
  return { kind, date, shift, from, to };
}

const KIND_WORDS: Record<Span['kind'], string> = { work: 'work shift', on_call: 'on-call period' };

export function describeSpan(s: Span): string {
  return `the ${KIND_WORDS[s.kind]} ${formatShift(s.shift)} on ${s.date}`;
}

/** The timed spans of a resolved day (on call without hours has none). */
export function daySpans(day: RosterDay): Span[] {
  const out: Span[] = [];
  if (day.working && day.shift) out.push(span('work', day.date, day.shift));
  if (day.on_call && day.on_call_hours) out.push(span('on_call', day.date, day.on_call_hours));
  return out;
}

export function overrideSpan(o: RosterOverride): Span | null {
  if (o.kind === 'off' || o.start === null || o.end === null) return null;
  return span(o.kind, o.date, { start: o.start, end: o.end, overnight: o.overnight });
}

export function overlaps(a: Span, b: Span): boolean {
  return a.from < b.to && b.from < a.to;
}

/** Problems with one override row on its own (times and their presence). */
export function overrideRowProblem(o: RosterOverride): { field: 'start' | 'end' | 'kind'; message: string } | null {
  if (o.kind === 'off') {
    return o.start !== null || o.end !== null ? { field: 'start', message: 'an off day takes no start or end time' } : null;
  }
  if (o.kind === 'work' && (o.start === null || o.end === null)) {
    return { field: o.start === null ? 'start' : 'end', message: 'a work shift needs both a start and an end time' };
  }
  if ((o.start === null) !== (o.end === null)) {
    return { field: o.start === null ? 'start' : 'end', message: 'give both start and end for set on-call hours, or neither' };
  }
  if (o.start === null || o.end === null) return null;
  const problem = shiftProblem({ start: o.start, end: o.end, overnight: o.overnight });
  return problem ? { field: 'end', message: problem } : null;
}

/** Problems between the rows of one operative-date (each row already valid on its own). */
export function dayRowsProblem(rows: readonly RosterOverride[]): string | null {
  const off = rows.find((r) => r.kind === 'off');
  if (off && rows.length > 1) return `an off day cannot also have a ${rows.find((r) => r.kind !== 'off')!.kind.replace('_', '-')} row`;
  for (const kind of ['work', 'on_call'] as const) {
    const same = rows.filter((r) => r.kind === kind);
    if (same.length < 2) continue;
    const [a, b] = same.map(overrideSpan);
    if (a && b && overlaps(a, b)) return `overlapping shifts: ${describeSpan(a)} overlaps ${describeSpan(b)}`;
    return kind === 'work' ? 'only one work shift per day (split shifts are not supported)' : 'only one on-call period per day';
  }
  const spans = rows.map(overrideSpan).filter((s): s is Span => s !== null);
  if (spans.length === 2 && overlaps(spans[0]!, spans[1]!))
    return `overlapping shifts: ${describeSpan(spans[0]!)} overlaps ${describeSpan(spans[1]!)}`;
  return null;
}

/**
 * Whether `date`'s spans (as the book now resolves them) overlap the day before's or the day
 * after's: an overnight shift running into the next morning's shift. Null when clear.
 */
export function neighbourOverlap(
  book: RosterBook,
  operative: Pick<Operative, 'id' | 'shift_start' | 'shift_end' | 'working_days'>,
  date: IsoDate,
): string | null {
  const mine = daySpans(book.day(operative, date));
  if (mine.length === 0) return null;
  for (const other of [addDays(date, -1), addDays(date, 1)]) {
    for (const theirs of daySpans(book.day(operative, other))) {
      const hit = mine.find((m) => overlaps(m, theirs));
      if (hit) return `overlapping shifts: ${describeSpan(hit)} overlaps ${describeSpan(theirs)}`;
    }
  }
  return null;
}

/** Problems in a pattern's days: bad hours, or a day's overnight shift running into the next day's. */
export function patternProblem(kind: 'weekly' | 'rotation', days: readonly DaySpec[]): string | null {
  if (kind === 'weekly' && days.length !== 7) return `a weekly pattern has 7 days (Mon–Sun), not ${days.length}`;
  for (let i = 0; i < days.length; i++) {
    const w = days[i]!.work;
    if (w === null || w === 'off') continue;
    const problem = shiftProblem(w);
    if (problem) return `day ${i + 1}: ${problem}`;
  }
  // Wrap around: the cycle repeats, so the last day runs into the first.
  for (let i = 0; i < days.length; i++) {
    const a = days[i]!.work;
    const b = days[(i + 1) % days.length]!.work;
    if (a === null || a === 'off' || !a.overnight || b === null || b === 'off') continue;
    if (overlaps(span('work', '2026-01-01', a), span('work', '2026-01-02', b))) {
      return `day ${i + 1}'s overnight shift ${formatShift(a)} overlaps day ${((i + 1) % days.length) + 1}'s ${formatShift(b)}`;
    }
  }
  return null;
}
