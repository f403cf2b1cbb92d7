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
  if (!cur || cur.kind !== 'cell') {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(code)) return null;
    const row = Math.min(Math.max(0, start.row), tl.rows.length - 1);
    return cellTarget(model, tl, row, cur?.kind === 'tray' ? last : Math.min(Math.max(0, start.col), last), dragged);
  }
  let { row, col } = cur;
  switch (code) {
    case 'ArrowUp':
      row = Math.max(0, row - 1);
      break;
    case 'ArrowDown':
      row = Math.min(tl.rows.length - 1, row + 1);
      break;
    case 'ArrowLeft':
      col = Math.max(0, col - 1);
      break;
    case 'ArrowRight':
      if (col >= last) return { kind: 'tray' };
      col += 1;
      break;
    case 'PageUp':
      row = Math.max(0, row - 10);
      break;
    case 'PageDown':
      row = Math.min(tl.rows.length - 1, row + 10);
      break;
    case 'Home':
      col = 0;
      break;
    case 'End':
      col = last;
      break;
    default:
      return null;
  }
  return cellTarget(model, tl, row, col, dragged);
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
