// Pointer position → drop target, by arithmetic on the board geometry (no DOM look-ups per move):
// the timeline's rectangle and scroll offsets are cached and refreshed on scroll and resize.
import type { BoardModel } from '../boardModel';
import type { DropTarget } from './dragStore';
import { daySlotAt, HEAD_W, HEADER_H, rowAt, weekSlotAt } from '../board/layout';
import type { TimelineHandle } from '../board/Timeline';

export interface HitCache {
  tl: DOMRect | null;
  scrollTop: number;
  scrollLeft: number;
  tray: DOMRect | null;
}

export function readHitCache(tl: TimelineHandle, tray: HTMLElement | null): HitCache {
  const s = tl.scroller;
  return {
    tl: s ? s.getBoundingClientRect() : null,
    scrollTop: s?.scrollTop ?? 0,
    scrollLeft: s?.scrollLeft ?? 0,
    tray: tray ? tray.getBoundingClientRect() : null,
  };
}

const inside = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/**
 * The cell target for a row and column, with the insert position for a point inside the cell
 * (`along` = px from the cell's top in week view, from its left in day view; undefined = the end).
 */
export function cellTarget(
  model: BoardModel,
  tl: TimelineHandle,
  row: number,
  col: number,
  dragged: ReadonlySet<string>,
  along?: number,
): DropTarget | null {
  const g = tl.geometry;
  const op = tl.rows[row];
  if (!g || !op || col < 0 || col >= g.dates.length) return null;
  const date = g.dates[col]!;
  const visits = model.index.basePlan(op, date).visits;
  let slot = visits.length;
  if (along !== undefined) slot = g.mode === 'day' ? daySlotAt(along, g.axis, visits) : weekSlotAt(along, visits.length);
  // The insert index counts only the jobs that stay in the day.
  let before = 0;
  let others = 0;
  for (let i = 0; i < visits.length; i++) {
    if (dragged.has(visits[i]!.ref)) continue;
    others++;
    if (i < slot) before++;
  }
  return { kind: 'cell', operativeId: op.id, date, row, col, index: before >= others ? undefined : before, slot };
}

export function hitTest(
  x: number,
  y: number,
  c: HitCache,
  tl: TimelineHandle,
  model: BoardModel,
  dragged: ReadonlySet<string>,
): DropTarget {
  if (c.tray && inside(c.tray, x, y)) return { kind: 'tray' };
  const g = tl.geometry;
  if (!c.tl || !g || !inside(c.tl, x, y) || y < c.tl.top + HEADER_H) return { kind: 'none', why: 'outside' };
  const bodyY = y - c.tl.top - HEADER_H + c.scrollTop;
  const row = rowAt(g, bodyY);
  if (row < 0) return { kind: 'none', why: 'outside' };
  if (x - c.tl.left < HEAD_W) return { kind: 'none', why: 'header' };
  const contentX = x - c.tl.left + c.scrollLeft - HEAD_W;
  const col = Math.floor(contentX / g.colW);
  if (col < 0 || col >= g.dates.length) return { kind: 'none', why: 'outside' };
  const along = g.mode === 'day' ? contentX : bodyY - g.rowTops[row]!;
  return cellTarget(model, tl, row, col, dragged, along) ?? { kind: 'none', why: 'outside' };
}
