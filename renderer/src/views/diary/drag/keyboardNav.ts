// Keyboard dragging: arrow keys step between operatives (up/down) and days (left/right); right of
// the last day is the Unscheduled tray. Returns where the dragged card should be drawn.
import type { BoardModel } from '../boardModel';
import type { DropTarget } from './dragStore';
import { cellTarget } from './hitTest';
import { HEAD_W, HEADER_H } from '../board/layout';
import type { TimelineHandle } from '../board/Timeline';

export interface KeyboardStart {
  row: number;
  col: number;
}

/** Where each key takes the card from (row, col): clamped to the board afterwards. */
const STEPS = new Map<string, (row: number, col: number, last: number) => [number, number] | 'tray'>([
  ['ArrowUp', (r, c) => [r - 1, c]],
  ['ArrowDown', (r, c) => [r + 1, c]],
  ['ArrowLeft', (r, c) => [r, c - 1]],
  ['ArrowRight', (r, c, last) => (c >= last ? 'tray' : [r, c + 1])],
  ['PageUp', (r, c) => [r - 10, c]],
  ['PageDown', (r, c) => [r + 10, c]],
  ['Home', (r) => [r, 0]],
  ['End', (r, _c, last) => [r, last]],
]);
const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);
const clamp = (x: number, max: number) => Math.min(Math.max(0, x), max);

export function nextKeyboardTarget(
  code: string,
  cur: DropTarget | null,
  model: BoardModel,
  tl: TimelineHandle,
  dragged: ReadonlySet<string>,
  start: KeyboardStart,
): DropTarget | null {
  const g = tl.geometry;
  if (!g || tl.rows.length === 0) return null;
  const last = g.dates.length - 1;
  const lastRow = tl.rows.length - 1;
  if (!cur || cur.kind !== 'cell') {
    // The first arrow puts the card where it started (from the tray: on the last day).
    if (!ARROWS.has(code)) return null;
    return cellTarget(model, tl, clamp(start.row, lastRow), cur?.kind === 'tray' ? last : clamp(start.col, last), dragged);
  }
  const step = STEPS.get(code)?.(cur.row, cur.col, last);
  if (!step) return null;
  if (step === 'tray') return { kind: 'tray' };
  return cellTarget(model, tl, clamp(step[0], lastRow), clamp(step[1], last), dragged);
}

/** Scrolls the target into view and returns the screen point to draw the dragged card at. */
export function revealTarget(t: DropTarget, tl: TimelineHandle, tray: HTMLElement | null): { x: number; y: number } | null {
  if (t.kind === 'tray') {
    const r = tray?.getBoundingClientRect();
    return r ? { x: r.left + 12, y: r.top + 48 } : null;
  }
  const el = tl.scroller;
  const g = tl.geometry;
  if (t.kind !== 'cell' || !el || !g) return null;
  tl.revealRow(t.row);
  const colLeft = HEAD_W + t.col * g.colW;
  if (colLeft - HEAD_W < el.scrollLeft) el.scrollLeft = colLeft - HEAD_W;
  else if (colLeft + g.colW > el.scrollLeft + el.clientWidth) el.scrollLeft = colLeft + g.colW - el.clientWidth;
  const r = el.getBoundingClientRect();
  return { x: r.left + colLeft - el.scrollLeft + 6, y: r.top + HEADER_H + g.rowTops[t.row]! - el.scrollTop + 6 };
}
