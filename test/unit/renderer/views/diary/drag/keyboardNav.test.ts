// Keyboard dragging: arrow keys step between operatives and days, right of the last day is the
// tray, Page keys jump ten rows, Home/End the first/last day; the card never leaves the board.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardModel } from '../../../../../../renderer/src/views/diary/boardModel';
import { HEAD_W, HEADER_H } from '../../../../../../renderer/src/views/diary/board/layout';
import type { DropTarget } from '../../../../../../renderer/src/views/diary/drag/dragStore';
import { nextKeyboardTarget, revealTarget } from '../../../../../../renderer/src/views/diary/drag/keyboardNav';
import { DAY, loadBoard } from '../board-fixture';
import { rect, timeline } from './timeline-handle';

let model: BoardModel;
beforeAll(async () => {
  model = await loadBoard();
});

const DRAGGED = new Set(['J-1002']);
const KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'];

/** Presses keys from nothing, starting where the card was (row, col); returns where it is. */
function press(keys: string[], start = { row: 1, col: 1 }, tl = timeline(model)): DropTarget | null {
  let t: DropTarget | null = null;
  for (const k of keys) t = nextKeyboardTarget(k, t, model, tl, DRAGGED, start) ?? t;
  return t;
}
const where = (t: DropTarget | null) => (t?.kind === 'cell' ? `${t.operativeId} ${t.date}` : (t?.kind ?? 'nothing'));

describe('keyboard steps while dragging', () => {
  it('the first arrow puts the card where it started; then up/down change operative, left/right day', () => {
    expect(where(press(['ArrowDown']))).toBe(`OP-2 ${DAY}`);
    expect(where(press(['ArrowDown', 'ArrowDown']))).toBe(`OP-3 ${DAY}`);
    expect(where(press(['ArrowDown', 'ArrowUp', 'ArrowUp']))).toBe(`OP-1 ${DAY}`);
    expect(where(press(['ArrowLeft', 'ArrowRight', 'ArrowRight']))).toBe('OP-2 2027-01-07');
  });

  it('stops at the first and last operative and at the first day', () => {
    expect(where(press(['ArrowUp', 'ArrowUp', 'ArrowUp']))).toBe(`OP-1 ${DAY}`);
    expect(where(press(['ArrowDown', ...Array(12).fill('ArrowDown')]))).toBe(`OP-7 ${DAY}`);
    expect(where(press(['ArrowLeft', 'ArrowLeft', 'ArrowLeft']))).toBe('OP-2 2027-01-04');
  });

  it('right of the last day is the Unscheduled tray; an arrow from the tray comes back to the last day', () => {
    const t = press(['ArrowDown', 'End', 'ArrowRight']);
    expect(t).toEqual({ kind: 'tray' });
    expect(where(nextKeyboardTarget('ArrowLeft', t, model, timeline(model), DRAGGED, { row: 1, col: 1 }))).toBe('OP-2 2027-01-10');
  });

  it('Page keys jump ten operatives (within the board); Home and End the first and last day', () => {
    expect(where(press(['ArrowDown', 'PageDown']))).toBe(`OP-7 ${DAY}`);
    expect(where(press(['ArrowDown', 'PageUp']))).toBe(`OP-1 ${DAY}`);
    expect(where(press(['ArrowDown', 'Home']))).toBe('OP-2 2027-01-04');
    expect(where(press(['ArrowDown', 'End']))).toBe('OP-2 2027-01-10');
  });

  it('other keys do nothing; nor does a board not drawn yet or with no rows', () => {
    expect(nextKeyboardTarget('KeyA', null, model, timeline(model), DRAGGED, { row: 0, col: 0 })).toBeNull();
    expect(nextKeyboardTarget('Home', null, model, timeline(model), DRAGGED, { row: 0, col: 0 })).toBeNull();
    const placed = press(['ArrowDown']);
    expect(nextKeyboardTarget('Tab', placed, model, timeline(model), DRAGGED, { row: 0, col: 0 })).toBeNull();
    expect(nextKeyboardTarget('ArrowDown', null, model, { ...timeline(model), geometry: null }, DRAGGED, { row: 0, col: 0 })).toBeNull();
    expect(nextKeyboardTarget('ArrowDown', null, model, timeline(model, 'week', []), DRAGGED, { row: 0, col: 0 })).toBeNull();
  });

  it('any sequence of keys keeps the card on an operative-day of the board, or on the tray', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...KEYS, 'Space'), { minLength: 1, maxLength: 40 }),
        fc.nat({ max: 30 }),
        fc.nat({ max: 30 }),
        (keys, row, col) => {
          const t = press(keys, { row, col });
          if (t === null) return; // no arrow pressed yet
          if (t.kind === 'tray') return;
          if (t.kind !== 'cell') throw new Error(`keyboard left the board: ${JSON.stringify(t)}`);
          expect(t.row).toBeGreaterThanOrEqual(0);
          expect(t.row).toBeLessThan(model.operatives.length);
          expect(t.operativeId).toBe(model.operatives[t.row]!.id);
          expect(t.date).toBe(model.dates[t.col]);
        },
      ),
    );
  });
});

describe('revealing the keyboard target', () => {
  function scroller(scrollLeft: number) {
    return {
      scrollLeft,
      scrollTop: 0,
      clientWidth: 800,
      getBoundingClientRect: () => rect(100, 50, 800, 600),
    } as unknown as HTMLDivElement;
  }

  it('scrolls a day that is off to the right into view and returns where to draw the card', () => {
    const el = scroller(0);
    const revealed: number[] = [];
    const tl = { ...timeline(model), scroller: el, revealRow: (r: number) => revealed.push(r) };
    const colW = tl.geometry!.colW;
    const t = press(['ArrowDown', 'End'], { row: 1, col: 1 }, tl) as Extract<DropTarget, { kind: 'cell' }>;
    const point = revealTarget(t, tl, null)!;
    expect(revealed).toEqual([1]);
    expect(el.scrollLeft).toBe(HEAD_W + 6 * colW + colW - 800); // the last column's right edge at the view's
    expect(point).toEqual({ x: 100 + HEAD_W + 6 * colW - el.scrollLeft + 6, y: 50 + HEADER_H + tl.geometry!.rowTops[1]! + 6 });
  });

  it('scrolls back left to a day hidden behind the names column', () => {
    const el = scroller(500);
    const tl = { ...timeline(model), scroller: el };
    const t = press(['ArrowDown', 'Home'], { row: 1, col: 1 }, tl)!;
    revealTarget(t, tl, null);
    expect(el.scrollLeft).toBe(0);
  });

  it('over the tray: the card is drawn at the top of the tray', () => {
    const tray = { getBoundingClientRect: () => rect(1310, 50, 300, 700) } as unknown as HTMLElement;
    expect(revealTarget({ kind: 'tray' }, timeline(model), tray)).toEqual({ x: 1322, y: 98 });
    expect(revealTarget({ kind: 'tray' }, timeline(model), null)).toBeNull();
  });
});
