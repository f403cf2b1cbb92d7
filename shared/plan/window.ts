// Appointment windows and shift bounds as minute ranges [start, end) on the plan's date.
import type { Operative } from '../domain/types';
import { parseHHMM } from '../calendar/dates';
import { MINUTES_PER_DAY } from './time';

export type WindowKind = 'AM' | 'PM' | 'ALL' | 'RANGE';

export interface TimeWindow {
  readonly kind: WindowKind;
  /** The window as written on the job: 'AM', 'PM', 'ALL' or 'HH:MM-HH:MM'. */
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface ShiftBounds {
  start: number;
  end: number;
}

const RANGE_RE = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/;

/** An end at or before the start means the range crosses midnight (e.g. a 22:00–06:00 shift). */
function spanEnd(start: number, end: number): number {
  return end <= start ? end + MINUTES_PER_DAY : end;
}

export function shiftBounds(operative: Pick<Operative, 'shift_start' | 'shift_end'>): ShiftBounds {
  const start = parseHHMM(operative.shift_start);
  return { start, end: spanEnd(start, parseHHMM(operative.shift_end)) };
}

/** AM = 08:00–12:00, PM = 12:00–17:00, ALL = the operative's shift, or an explicit 'HH:MM-HH:MM'. */
export function parseWindow(window: string, operative: Pick<Operative, 'shift_start' | 'shift_end'>): TimeWindow {
  return windowWithin(window, shiftBounds(operative));
}

// Windows are re-read for every cell while dragging; the distinct strings are few, so remember them.
// (Object literals, not spreads, keep one hidden class: rules read these in hot loops.)
const rangeCache = new Map<string, TimeWindow>();
// The usual repairs-diary meaning; an organisation with other hours writes HH:MM-HH:MM instead.
const AM_WINDOW: TimeWindow = { kind: 'AM', label: 'AM', start: 8 * 60, end: 12 * 60 };
const PM_WINDOW: TimeWindow = { kind: 'PM', label: 'PM', start: 12 * 60, end: 17 * 60 };

/** parseWindow when the shift is already known (the plan builder's hot path). */
export function windowWithin(window: string, shift: ShiftBounds): TimeWindow {
  if (window === 'AM') return AM_WINDOW;
  if (window === 'PM') return PM_WINDOW;
  if (window === 'ALL') return { kind: 'ALL', label: 'ALL', start: shift.start, end: shift.end };
  let w = rangeCache.get(window);
  if (!w) {
    const m = RANGE_RE.exec(window);
    if (!m) throw new Error(`appointment window "${window}" is not AM, PM, ALL or HH:MM-HH:MM`);
    const start = parseHHMM(m[1]!);
    w = { kind: 'RANGE', label: window, start, end: spanEnd(start, parseHHMM(m[2]!)) };
    if (rangeCache.size < 10_000) rangeCache.set(window, w);
  }
  return w;
}
