// Board geometry: what the board draws with and what hit-testing reads back — row heights that fit
// the busiest day, columns that fill the window, the hours axis of the day view, and the slot a
// pointer is over.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardModel } from '../../../../../../renderer/src/views/diary/boardModel';
import {
  CARD_H,
  CELL_PAD,
  DAY_AXIS_MIN_W,
  DAY_ROW_H,
  GAP_H,
  HEAD_W,
  MIN_COL_W,
  MIN_ROW_H,
  SLOT_H,
  buildGeometry,
  dayAxisFor,
  daySlotAt,
  minuteToX,
  rowAt,
  weekRowHeight,
  weekSlotAt,
  type Geometry,
} from '../../../../../../renderer/src/views/diary/board/layout';
import { DAY, loadBoard, operative } from '../board-fixture';

let model: BoardModel;
beforeAll(async () => {
  model = await loadBoard();
});

describe('week view geometry', () => {
  it('gives each row room for its busiest visible day, and never less than the minimum', () => {
    const g = buildGeometry(model, model.operatives, 'week', 1400);
    // Olivia has two jobs on Tuesday; everyone else has none.
    expect(g.rowHeights[0]).toBe(weekRowHeight(2));
    expect(weekRowHeight(2)).toBeGreaterThanOrEqual(CELL_PAD + 2 * SLOT_H);
    expect([...g.rowHeights.slice(1)]).toEqual(Array(model.operatives.length - 1).fill(MIN_ROW_H));
    expect(weekRowHeight(0)).toBe(MIN_ROW_H);
    expect(weekRowHeight(5) - weekRowHeight(4)).toBe(SLOT_H);
  });

  it('stacks rows without gaps or overlaps, and the total is their sum', () => {
    const g = buildGeometry(model, model.operatives, 'week', 1400);
    for (let i = 0; i < model.operatives.length; i++) expect(g.rowTops[i + 1]).toBe(g.rowTops[i]! + g.rowHeights[i]!);
    expect(g.totalHeight).toBe([...g.rowHeights].reduce((a, b) => a + b, 0));
  });

  it('shares the window width between the days, down to a minimum column that scrolls sideways', () => {
    const wide = buildGeometry(model, model.operatives, 'week', 1400);
    expect(wide.dates).toEqual(model.dates);
    expect(wide.colW).toBe(Math.floor((1400 - HEAD_W - 2) / 7));
    expect(wide.width).toBe(HEAD_W + 7 * wide.colW);
    expect(wide.width).toBeLessThanOrEqual(1400);
    const narrow = buildGeometry(model, model.operatives, 'week', 600);
    expect(narrow.colW).toBe(MIN_COL_W);
    expect(narrow.width).toBeGreaterThan(600);
  });

  it('lays out only the rows asked for (a filtered board)', () => {
    const rows = [operative(model, 'OP-7'), operative(model, 'OP-1')];
    const g = buildGeometry(model, rows, 'week', 1400);
    expect([...g.rowHeights]).toEqual([MIN_ROW_H, weekRowHeight(2)]);
  });
});

describe('day view geometry', () => {
  it('shows one day as an hours axis, a row per operative at one height', () => {
    const g = buildGeometry(model, model.operatives, 'day', 1400);
    expect(g.dates).toEqual([model.dates[0]]);
    expect([...g.rowHeights]).toEqual(Array(model.operatives.length).fill(DAY_ROW_H));
    expect(g.colW).toBe(Math.round((g.axis.end - g.axis.start) * g.axis.pxPerMin));
  });

  it('spans the earliest shift start to the latest shift end plus overtime, on whole hours', () => {
    // Shifts 08:00 to 16:30 at the latest, 60 min overtime: the default 08:00–18:00 plus an hour.
    const axis = dayAxisFor(model, 1400);
    expect(axis).toMatchObject({ start: 8 * 60, end: 19 * 60 });
    const early = { ...model, operatives: [{ ...operative(model, 'OP-1'), shift_start: '06:15', shift_end: '19:10' }] };
    expect(dayAxisFor(early, 1400)).toMatchObject({ start: 6 * 60, end: 21 * 60 });
    // A night shift runs into the next morning; the axis stops at 06:00 next day.
    const night = { ...model, operatives: [{ ...operative(model, 'OP-1'), shift_start: '22:00', shift_end: '07:00' }] };
    expect(dayAxisFor(night, 1400)).toMatchObject({ start: 8 * 60, end: 30 * 60 });
  });

  it('keeps at least 1.2 px a minute (a one-hour job shows its reference); wider windows stretch', () => {
    const small = dayAxisFor(model, 400);
    expect(small.pxPerMin).toBe(Math.max(1.2, DAY_AXIS_MIN_W / (small.end - small.start)));
    expect(small.pxPerMin).toBeGreaterThanOrEqual(1.2);
    const big = dayAxisFor(model, 3000);
    expect(big.pxPerMin).toBeCloseTo((3000 - HEAD_W - 2) / (big.end - big.start));
    expect(minuteToX(big, big.start)).toBe(0);
    expect(minuteToX(big, big.start + 60)).toBeCloseTo(60 * big.pxPerMin);
  });
});

describe('from a position back to a row and a slot', () => {
  const geometryOf = (heights: number[]): Geometry => {
    const rowTops = new Float64Array(heights.length + 1);
    heights.forEach((h, i) => (rowTops[i + 1] = rowTops[i]! + h));
    const total = rowTops[heights.length]!;
    return {
      mode: 'week',
      dates: [],
      colW: 0,
      width: 0,
      rowTops,
      rowHeights: Float64Array.from(heights),
      totalHeight: total,
      axis: { start: 0, end: 0, pxPerMin: 1 },
    };
  };

  it('finds the row under any offset, and none above or below the rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: -50, max: 1.2, noNaN: true }),
        (hs, f) => {
          const g = geometryOf(hs);
          const y = f * g.totalHeight;
          const r = rowAt(g, y);
          if (y < 0 || y >= g.totalHeight) expect(r).toBe(-1);
          else {
            expect(g.rowTops[r]!).toBeLessThanOrEqual(y);
            expect(y).toBeLessThan(g.rowTops[r + 1]!);
          }
        },
      ),
    );
    expect(rowAt(geometryOf([]), 0)).toBe(-1);
  });

  it('week cell: the insert slot changes at the middle of each card', () => {
    const middle = (i: number) => CELL_PAD + i * SLOT_H + GAP_H + CARD_H / 2;
    expect(weekSlotAt(0, 3)).toBe(0);
    expect(weekSlotAt(middle(0) - 1, 3)).toBe(0);
    expect(weekSlotAt(middle(0) + 1, 3)).toBe(1);
    expect(weekSlotAt(middle(2) + 1, 3)).toBe(3);
    expect(weekSlotAt(10_000, 3)).toBe(3);
    fc.assert(
      fc.property(
        fc.nat({ max: 20 }),
        fc.double({ min: -10, max: 900, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (n, y, dy) => {
          const a = weekSlotAt(y, n);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(n);
          expect(weekSlotAt(y + dy, n)).toBeGreaterThanOrEqual(a); // further down never inserts earlier
        },
      ),
    );
  });

  it('day track: the insert slot is before the first visit whose middle is right of the pointer', () => {
    const olivia = operative(model, 'OP-1');
    const axis = dayAxisFor(model, 1400);
    const visits = model.index.basePlan(olivia, DAY).visits;
    expect(visits.map((v) => v.ref)).toEqual(['J-1003', 'J-1004']);
    const xAt = (min: number) => minuteToX(axis, min);
    const mid = (i: number) => (visits[i]!.start_min + visits[i]!.end_min) / 2;
    expect(daySlotAt(xAt(visits[0]!.start_min), axis, visits)).toBe(0);
    expect(daySlotAt(xAt(mid(0) + 1), axis, visits)).toBe(1);
    expect(daySlotAt(xAt(mid(1) + 1), axis, visits)).toBe(2);
  });
});
