// The hours bar in a roster cell: a 24-hour scale, minute ↔ position, and what a drag of
// either end makes of the shift. Pure, so the arithmetic is testable without a browser.
import { formatHHMM, parseHHMM } from '../../../../shared/calendar';
import type { Shift } from '../../../../shared/roster';

export const DAY_MIN = 24 * 60;
export const SNAP_MIN = 15;
/** Shortest shift a drag can make. */
export const MIN_SHIFT_MIN = 30;

export type Edge = 'start' | 'end';

/** Left and width as percentages of the cell's bar; an overnight shift is cut at midnight. */
export function barGeometry(s: Shift): { left: number; width: number; clipped: boolean } {
  const start = parseHHMM(s.start);
  const end = s.overnight ? DAY_MIN : parseHHMM(s.end);
  return { left: (start / DAY_MIN) * 100, width: (Math.max(end - start, 0) / DAY_MIN) * 100, clipped: s.overnight };
}

/** The snapped minute at `x` px across a bar `width` px wide (0–1440). */
export function minuteAt(x: number, width: number): number {
  const raw = (Math.min(Math.max(x, 0), width) / Math.max(width, 1)) * DAY_MIN;
  return Math.round(raw / SNAP_MIN) * SNAP_MIN;
}

/**
 * The shift after dragging one end to `minute`. The start stays before the end (by at least
 * MIN_SHIFT_MIN); an end dragged to midnight becomes 00:00 next day. Overnight ends are edited
 * in the form, not by drag.
 */
export function dragShift(s: Shift, edge: Edge, minute: number): Shift {
  const start = parseHHMM(s.start);
  const end = s.overnight ? parseHHMM(s.end) + DAY_MIN : parseHHMM(s.end);
  if (edge === 'start') {
    const next = Math.min(Math.max(minute, 0), end - MIN_SHIFT_MIN);
    return { ...s, start: formatHHMM(Math.max(next, 0)) };
  }
  if (s.overnight) return s;
  const next = Math.max(Math.min(minute, DAY_MIN), start + MIN_SHIFT_MIN);
  return next >= DAY_MIN ? { ...s, end: '00:00', overnight: true } : { ...s, end: formatHHMM(next) };
}

export function sameShift(a: Shift, b: Shift): boolean {
  return a.start === b.start && a.end === b.end && a.overnight === b.overnight;
}
