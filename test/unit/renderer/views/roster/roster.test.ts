// The roster grid's pure parts: the words in each cell (from the backend's real grid), the hours
// bar's arithmetic (dragging either end of a shift), and the weeks shown.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GridDay } from '../../../../../shared/api/areas/roster';
import type { Shift } from '../../../../../shared/roster';
import { cellDescription, cellLabel, cellState, shortHours } from '../../../../../renderer/src/views/roster/cellText';
import {
  DAY_MIN,
  MIN_SHIFT_MIN,
  SNAP_MIN,
  barGeometry,
  dragShift,
  minuteAt,
  sameShift,
} from '../../../../../renderer/src/views/roster/hoursBar';
import { rangeFor } from '../../../../../renderer/src/views/roster/rosterRange';
import { ruleSetWorkspace } from '../diary/board-fixture';

let days: Map<string, GridDay>; // `${operative} ${date}` → day
let close: () => void;
beforeAll(async () => {
  const { ws, call } = await ruleSetWorkspace();
  close = () => ws.close();
  await call('roster/set-day', { operative_id: 'OP-1', date: '2027-01-07', day: { work: null, on_call: true } });
  await call('roster/set-day', {
    operative_id: 'OP-2',
    date: '2027-01-07',
    day: { work: { start: '22:00', end: '06:00', overnight: true }, on_call: false },
  });
  const grid = (await call('roster/get-grid', { from: '2026-12-28', to: '2027-01-10' })) as {
    operatives: { id: string; days: GridDay[] }[];
  };
  days = new Map(grid.operatives.flatMap((o) => o.days.map((d) => [`${o.id} ${d.date}`, d] as const)));
});
afterAll(() => close());

const day = (key: string) => days.get(key)!;

describe('roster cell words', () => {
  it('a working day shows its hours; the title says where they come from', () => {
    expect(cellState(day('OP-1 2027-01-05'))).toBe('work');
    expect(cellLabel(day('OP-1 2027-01-05'), null)).toBe('8–16:30');
    expect(cellDescription(day('OP-1 2027-01-05'))).toBe('working 08:00–16:30, usual pattern');
  });

  it('absent, bank holiday, on call and off each read differently', () => {
    expect([cellState(day('OP-5 2027-01-05')), cellLabel(day('OP-5 2027-01-05'), null)]).toEqual(['absent', 'Away']);
    expect(cellDescription(day('OP-5 2027-01-05'))).toBe('absent (other: Annual leave), working 08:00–16:30, usual pattern');
    expect([cellState(day('OP-1 2027-01-01')), cellLabel(day('OP-1 2027-01-01'), null)]).toEqual(['holiday', 'Bank hol.']);
    expect(cellDescription(day('OP-1 2027-01-01'))).toMatch(/not working, bank holiday, New Year/);
    expect([cellState(day('OP-1 2027-01-07')), cellLabel(day('OP-1 2027-01-07'), null)]).toEqual(['on-call', 'On call']);
    expect(cellDescription(day('OP-1 2027-01-07'))).toBe('not working, on call, changed for this day');
    expect([cellState(day('OP-1 2027-01-09')), cellLabel(day('OP-1 2027-01-09'), null)]).toEqual(['off', 'Off']);
  });

  it('a night shift is marked as running into the next day', () => {
    expect(cellLabel(day('OP-2 2027-01-07'), null)).toBe('22–6+1');
    expect(cellDescription(day('OP-2 2027-01-07'))).toBe('working 22:00–06:00 +1, changed for this day');
  });

  it('while the hours bar is dragged, the cell shows the hours under the pointer', () => {
    expect(cellLabel(day('OP-1 2027-01-09'), { start: '07:30', end: '15:00', overnight: false })).toBe('7:30–15');
    expect(shortHours({ start: '09:00', end: '17:45', overnight: false })).toBe('9–17:45');
  });
});

describe('the hours bar', () => {
  const shift = (start: string, end: string, overnight = false): Shift => ({ start, end, overnight });
  const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

  it('places a shift on a 24-hour bar; a night shift is cut at midnight', () => {
    expect(barGeometry(shift('06:00', '18:00'))).toEqual({ left: 25, width: 50, clipped: false });
    expect(barGeometry(shift('18:00', '06:00', true))).toEqual({ left: 75, width: 25, clipped: true });
  });

  it('reads the minute under the pointer, snapped to a quarter hour and kept within the day', () => {
    expect(minuteAt(0, 480)).toBe(0);
    expect(minuteAt(240, 480)).toBe(12 * 60);
    expect(minuteAt(241, 480)).toBe(12 * 60);
    expect(minuteAt(-30, 480)).toBe(0);
    expect(minuteAt(9999, 480)).toBe(DAY_MIN);
    fc.assert(
      fc.property(fc.double({ min: -100, max: 2000, noNaN: true }), fc.integer({ min: 0, max: 1500 }), (x, w) => {
        const m = minuteAt(x, w);
        expect(m % SNAP_MIN).toBe(0);
        expect(m).toBeGreaterThanOrEqual(0);
        expect(m).toBeLessThanOrEqual(DAY_MIN);
      }),
    );
  });

  it('dragging an end moves it; the start always stays at least half an hour before the end', () => {
    expect(dragShift(shift('08:00', '16:00'), 'start', 7 * 60)).toEqual(shift('07:00', '16:00'));
    expect(dragShift(shift('08:00', '16:00'), 'start', 16 * 60)).toEqual(shift('15:30', '16:00'));
    expect(dragShift(shift('08:00', '16:00'), 'end', 8 * 60)).toEqual(shift('08:00', '08:30'));
    expect(dragShift(shift('08:00', '16:00'), 'end', DAY_MIN)).toEqual(shift('08:00', '00:00', true));
    // A night shift's end is edited in the form, not by drag.
    expect(dragShift(shift('22:00', '06:00', true), 'end', 20 * 60)).toEqual(shift('22:00', '06:00', true));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 94 }).map((q) => q * 15),
        fc.integer({ min: 2, max: 40 }).map((q) => q * 15),
        fc.constantFrom('start' as const, 'end' as const),
        fc.integer({ min: -60, max: DAY_MIN + 60 }),
        (start, len, edge, minute) => {
          const end = Math.min(start + len, DAY_MIN - 15);
          if (end - start < MIN_SHIFT_MIN) return;
          const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const s = dragShift(shift(hhmm(start), hhmm(end)), edge, minute);
          const e = s.overnight ? toMin(s.end) + DAY_MIN : toMin(s.end);
          expect(e - toMin(s.start)).toBeGreaterThanOrEqual(MIN_SHIFT_MIN);
          expect(toMin(s.start)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
    expect(sameShift(shift('08:00', '16:00'), shift('08:00', '16:00'))).toBe(true);
    expect(sameShift(shift('08:00', '16:00'), shift('08:00', '16:00', true))).toBe(false);
  });
});

describe('roster range', () => {
  it('whole weeks from the Monday of the focus date', () => {
    expect(rangeFor('2027-01-06', 1)).toMatchObject({ from: '2027-01-04', to: '2027-01-10' });
    expect(rangeFor('2027-01-06', 4).dates).toHaveLength(28);
  });
});
