// Shift hours as minutes and as text. A shift that runs past midnight must say so: its end is
// written with `+1` ('22:00-06:00+1') and stored with overnight = true. An end at or before the
// start without the mark is an error, never silently read as the next day.
import { parseHHMM } from '../calendar/dates';
import type { ShiftBounds } from '../plan/window';
import type { Shift } from './types';

const DAY = 24 * 60;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since midnight of the shift's date; end > start, past 1440 when overnight. */
export function shiftMinutes(s: Shift): ShiftBounds {
  return { start: parseHHMM(s.start), end: parseHHMM(s.end) + (s.overnight ? DAY : 0) };
}

export function shiftLengthMin(s: Shift): number {
  const m = shiftMinutes(s);
  return m.end - m.start;
}

/** Why the shift is not usable, or null. Wording names the fix for the midnight case. */
export function shiftProblem(s: Shift): string | null {
  const start = parseHHMM(s.start);
  const end = parseHHMM(s.end);
  if (!s.overnight) {
    if (end === start) return `end ${s.end} is the same as start ${s.start}`;
    if (end < start) return `end ${s.end} is before start ${s.start}; a shift crossing midnight must be marked: write ${s.end}+1`;
    return null;
  }
  if (end > start) return `an overnight shift ${s.start}-${s.end}+1 would last more than 24 hours`;
  return null;
}

/** '08:00–16:00', '22:00–06:00 +1'. */
export function formatShift(s: Shift): string {
  return `${s.start}–${s.end}${s.overnight ? ' +1' : ''}`;
}

/** The CSV form of an end time: '06:00+1' when overnight. */
export function formatEnd(s: Pick<Shift, 'end' | 'overnight'>): string {
  return s.overnight ? `${s.end}+1` : s.end;
}

/** Reads an end cell: 'HH:MM' or 'HH:MM+1'. Null when it is neither. */
export function parseEnd(text: string): { end: string; overnight: boolean } | null {
  const overnight = text.endsWith('+1');
  const end = overnight ? text.slice(0, -2) : text;
  return TIME.test(end) ? { end, overnight } : null;
}

/** 'HH:MM-HH:MM' or 'HH:MM-HH:MM+1' → Shift (unchecked for order), else null. */
export function parseShiftText(text: string): Shift | null {
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2}(?:\+1)?)$/.exec(text.trim());
  if (!m || !TIME.test(m[1]!)) return null;
  const end = parseEnd(m[2]!);
  return end && { start: m[1]!, ...end };
}

/** Absolute minute intervals (epoch-day based) so shifts on neighbouring dates compare directly. */
export function absoluteSpan(epochDay: number, s: Shift): [number, number] {
  const m = shiftMinutes(s);
  return [epochDay * DAY + m.start, epochDay * DAY + m.end];
}
