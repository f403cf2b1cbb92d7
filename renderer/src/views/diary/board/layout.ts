// Board geometry in one place: the renderer draws with these numbers and hit-testing reads them
// back, so a pointer position maps to an operative, a day and a slot without measuring the DOM.
import type { BoardModel } from '../boardModel';

export type BoardMode = 'week' | 'day';

export const HEAD_W = 236; // operative header column
export const HEADER_H = 42; // date / hours header row
// Two weeks (14 columns) fit a 1600 px window beside the side column: about 70 px a day.
export const MIN_COL_W = 64;
export const CELL_PAD = 5;
export const CARD_H = 32; // two lines: time, ref, priority; trade and short address
export const GAP_H = 13; // travel gap above each card
export const SLOT_H = GAP_H + CARD_H;
const FILL_H = 16; // fill bar strip at the foot of a week cell
export const MIN_ROW_H = 66;
export const DAY_ROW_H = 66;
export const DAY_AXIS_MIN_W = 720;

/** The hours axis of the day view, in minutes since midnight, and its scale. */
export interface DayAxis {
  start: number;
  end: number;
  pxPerMin: number;
}

export interface Geometry {
  mode: BoardMode;
  dates: readonly string[];
  colW: number;
  /** Width of the content (header column + day columns). */
  width: number;
  rowTops: Float64Array;
  rowHeights: Float64Array;
  totalHeight: number;
  axis: DayAxis;
}

export function weekRowHeight(maxJobs: number): number {
  return Math.max(MIN_ROW_H, CELL_PAD * 2 + maxJobs * SLOT_H + FILL_H + 4);
}

/** The hours shown in day view: the earliest shift start to the latest shift end, on whole hours. */
export function dayAxisFor(model: BoardModel, width: number): DayAxis {
  let first = 8 * 60;
  let last = 18 * 60;
  for (const o of model.operatives) {
    const s = toMin(o.shift_start);
    let e = toMin(o.shift_end);
    if (e <= s) e += 24 * 60;
    if (s < first) first = s;
    if (e > last) last = e;
  }
  const start = Math.max(0, Math.floor(first / 60) * 60);
  const end = Math.min(30 * 60, Math.ceil((last + model.data.overtimeMin) / 60) * 60);
  const avail = Math.max(DAY_AXIS_MIN_W, width - HEAD_W - 2);
  // At least 72 px an hour, and enough that the shortest job shown is as wide as its ref (a day
  // view never truncates a ref); wider days scroll sideways.
  return { start, end, pxPerMin: Math.max(1.2, avail / (end - start), refFitScale(model)) };
}

/** Width a ref needs on a block card (bold 11.5 px, padding and priority border), generously. */
export function refWidthPx(ref: string): number {
  return 14 + ref.length * 7.4;
}

/** Pixels per minute at which every job placed on the board's first day shows its whole ref. */
function refFitScale(model: BoardModel): number {
  const day = model.dates[0];
  let scale = 0;
  for (const e of model.entries.values()) {
    if (e.date !== day) continue;
    const job = model.jobs.get(e.job_ref);
    if (job && job.duration_min > 0) scale = Math.max(scale, refWidthPx(job.ref) / job.duration_min);
  }
  return scale;
}

function toMin(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** `grown`: operatives whose busiest visible day is longer while dropped jobs are drawn in it (moves/optimistic.ts). */
export function buildGeometry(
  model: BoardModel,
  rows: readonly { id: string }[],
  mode: BoardMode,
  viewportW: number,
  grown?: ReadonlyMap<string, number>,
): Geometry {
  const dates = mode === 'day' ? model.dates.slice(0, 1) : model.dates;
  const axis = dayAxisFor(model, viewportW);
  const colW =
    mode === 'day'
      ? Math.round((axis.end - axis.start) * axis.pxPerMin)
      : Math.max(MIN_COL_W, Math.floor((viewportW - HEAD_W - 2) / dates.length));
  const rowTops = new Float64Array(rows.length + 1);
  const rowHeights = new Float64Array(rows.length);
  let y = 0;
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i]!.id;
    const h = mode === 'day' ? DAY_ROW_H : weekRowHeight(grown?.get(id) ?? model.maxJobsPerDay.get(id) ?? 0);
    rowTops[i] = y;
    rowHeights[i] = h;
    y += h;
  }
  rowTops[rows.length] = y;
  return { mode, dates, colW, width: HEAD_W + colW * dates.length, rowTops, rowHeights, totalHeight: y, axis };
}

/** Row under a y offset within the body (binary search over row tops); -1 when outside. */
export function rowAt(g: Geometry, y: number): number {
  const n = g.rowHeights.length;
  if (y < 0 || y >= g.totalHeight || n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (g.rowTops[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Insert position in a week cell for a y offset inside it (cards are in fixed slots). */
export function weekSlotAt(yInCell: number, count: number): number {
  let i = 0;
  while (i < count && CELL_PAD + i * SLOT_H + GAP_H + CARD_H / 2 < yInCell) i++;
  return i;
}

/** Insert position in a day-view track for an x offset: before the first visit whose middle is right of it. */
export function daySlotAt(xInCell: number, axis: DayAxis, visits: readonly { start_min: number; end_min: number }[]): number {
  const min = axis.start + xInCell / axis.pxPerMin;
  let i = 0;
  while (i < visits.length && (visits[i]!.start_min + visits[i]!.end_min) / 2 < min) i++;
  return i;
}

export function minuteToX(axis: DayAxis, min: number): number {
  return (min - axis.start) * axis.pxPerMin;
}
