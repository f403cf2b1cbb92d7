// Hit-testing: where a card released at a screen point lands — an operative's day and the position
// among that day's jobs, the tray, an operative's name, or nowhere — by arithmetic on the geometry.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardModel } from '../../../../../../renderer/src/views/diary/boardModel';
import { CELL_PAD, GAP_H, HEAD_W, HEADER_H, SLOT_H, minuteToX, rowAt } from '../../../../../../renderer/src/views/diary/board/layout';
import { cellTarget, hitTest } from '../../../../../../renderer/src/views/diary/drag/hitTest';
import { DAY, WEDNESDAY, loadBoard } from '../board-fixture';
import { hitCache, timeline } from './timeline-handle';

let model: BoardModel;
beforeAll(async () => {
  model = await loadBoard();
});

const NONE = new Set<string>();
// Screen position of a point inside a cell (timeline at 100,50; no scroll).
const at = (tl: ReturnType<typeof timeline>, row: number, col: number, dx = 10, dy = 20) => ({
  x: 100 + HEAD_W + col * tl.geometry!.colW + dx,
  y: 50 + HEADER_H + tl.geometry!.rowTops[row]! + dy,
});

describe('hit-testing a pointer on the board', () => {
  it("lands on the operative's day under the pointer", () => {
    const tl = timeline(model);
    const p = at(tl, 1, 2);
    expect(hitTest(p.x, p.y, hitCache(), tl, model, NONE)).toEqual({
      kind: 'cell',
      operativeId: 'OP-2',
      date: WEDNESDAY,
      row: 1,
      col: 2,
      index: undefined, // an empty day: at the end
      slot: 0,
    });
  });

  it('the tray, an operative name, the header row and beyond the last row each say so', () => {
    const tl = timeline(model);
    expect(hitTest(1400, 300, hitCache(), tl, model, NONE)).toEqual({ kind: 'tray' });
    expect(hitTest(150, 200, hitCache(), tl, model, NONE)).toEqual({ kind: 'none', why: 'header' });
    expect(hitTest(600, 60, hitCache(), tl, model, NONE)).toEqual({ kind: 'none', why: 'outside' });
    expect(hitTest(600, 740, hitCache(), tl, model, NONE)).toEqual({ kind: 'none', why: 'outside' }); // below 7 rows
    expect(hitTest(20, 200, hitCache(), tl, model, NONE)).toEqual({ kind: 'none', why: 'outside' });
    expect(hitTest(600, 200, { ...hitCache(), tl: null }, tl, model, NONE)).toEqual({ kind: 'none', why: 'outside' });
  });

  it('follows the scroll position', () => {
    const tl = timeline(model);
    const scrolled = hitCache(tl.geometry!.rowTops[3]!, tl.geometry!.colW);
    const p = at(tl, 0, 0);
    const t = hitTest(p.x, p.y, scrolled, tl, model, NONE);
    expect(t).toMatchObject({ kind: 'cell', operativeId: 'OP-4', col: 1 });
  });

  it('between cards: the insert position is where the marker is drawn', () => {
    const tl = timeline(model);
    const tue = model.dates.indexOf(DAY);
    const slotY = (slot: number) => CELL_PAD + slot * SLOT_H + GAP_H / 2; // just above card `slot`
    const over = (slot: number, dragged: ReadonlySet<string>) => {
      const p = at(tl, 0, tue, 10, slotY(slot));
      return hitTest(p.x, p.y, hitCache(), tl, model, dragged);
    };
    // Olivia's Tuesday: J-1003 then J-1004.
    expect(over(0, NONE)).toMatchObject({ index: 0, slot: 0 });
    expect(over(1, NONE)).toMatchObject({ index: 1, slot: 1 });
    expect(over(2, NONE)).toMatchObject({ index: undefined, slot: 2 });
    // Dragging J-1003 itself: it does not count among the jobs it is inserted between.
    const self = new Set(['J-1003']);
    expect(over(0, self)).toMatchObject({ index: 0, slot: 0 });
    expect(over(1, self)).toMatchObject({ index: 0, slot: 1 });
    expect(over(2, self)).toMatchObject({ index: undefined, slot: 2 });
  });

  it('day view: the position along the hours axis picks the slot', async () => {
    const day = await loadBoard({ from: DAY, to: DAY }); // the day view asks for one day
    const tl = timeline(day, 'day');
    const [a, b] = day.index.basePlan(day.operatives[0]!, DAY).visits;
    const x = (min: number) => 100 + HEAD_W + minuteToX(tl.geometry!.axis, min);
    const y = 50 + HEADER_H + 10;
    const mid = (v: typeof a) => (v!.start_min + v!.end_min) / 2;
    expect(hitTest(x(mid(a) - 5), y, hitCache(), tl, day, NONE)).toMatchObject({ date: DAY, index: 0, slot: 0 });
    expect(hitTest(x(mid(a) + 5), y, hitCache(), tl, day, NONE)).toMatchObject({ index: 1, slot: 1 });
    expect(hitTest(x(mid(b) + 5), y, hitCache(), tl, day, NONE)).toMatchObject({ index: undefined, slot: 2 });
  });

  it('any point over the days lands on the row and column under it, with a valid insert position', () => {
    const tl = timeline(model);
    const g = tl.geometry!;
    fc.assert(
      fc.property(
        fc.double({ min: 100 + HEAD_W, max: 100 + HEAD_W + 7 * g.colW - 0.01, noNaN: true }),
        fc.double({ min: 50 + HEADER_H, max: 50 + HEADER_H + g.totalHeight - 0.01, noNaN: true }),
        fc.subarray([...model.jobs.keys()]),
        (x, y, dragged) => {
          const t = hitTest(x, y, hitCache(), tl, model, new Set(dragged));
          if (t.kind !== 'cell') throw new Error(`expected a cell, got ${JSON.stringify(t)}`);
          expect(t.row).toBe(rowAt(g, y - 50 - HEADER_H));
          expect(t.col).toBe(Math.floor((x - 100 - HEAD_W) / g.colW));
          expect(t.operativeId).toBe(model.operatives[t.row]!.id);
          expect(t.date).toBe(model.dates[t.col]);
          const staying = model.index.basePlan(model.operatives[t.row]!, t.date).visits.filter((v) => !dragged.includes(v.ref));
          if (t.index !== undefined) expect(t.index).toBeLessThan(staying.length);
        },
      ),
    );
  });

  it('a cell target for a row and column outside the board is none', () => {
    const tl = timeline(model);
    expect(cellTarget(model, tl, 0, 7, NONE)).toBeNull();
    expect(cellTarget(model, tl, 99, 0, NONE)).toBeNull();
    expect(cellTarget(model, { ...tl, geometry: null }, 0, 0, NONE)).toBeNull();
  });
});
