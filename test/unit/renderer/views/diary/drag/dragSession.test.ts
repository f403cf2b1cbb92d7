// The drag session: the colour of every operative-day while a card is held, the reasons behind
// each, where the card would start, and which successors would slip — on a real board.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardModel } from '../../../../../../renderer/src/views/diary/boardModel';
import {
  codeAt,
  decisive,
  fullReasons,
  shortReason,
  startSession,
  statusAt,
} from '../../../../../../renderer/src/views/diary/drag/dragSession';
import { DAY, MONDAY, SATURDAY, WEDNESDAY, loadBoard, operative } from '../board-fixture';

let model: BoardModel;
beforeAll(async () => {
  model = await loadBoard();
});

const CODE = { ok: 0, warn: 1, blocked: 2 } as const;

describe('a drag session', () => {
  it('colours every operative-day for the dragged job: ok, warning or blocked', () => {
    const s = startSession(model, ['J-1002'], false)!;
    const grid = model.operatives.map((op, r) => `${op.id} ${model.dates.map((_, c) => statusAt(s, r, c)).join(' ')}`);
    const weekdays = (status: string) => `${status} ${status} ${status} ${status} ${status} blocked blocked`;
    expect(grid).toEqual([
      `OP-1 ${weekdays('ok')}`,
      `OP-2 ${weekdays('blocked')}`, // GAS 2 < 3
      `OP-3 ${weekdays('blocked')}`, // certificate expired
      `OP-4 ${weekdays('blocked')}`, // do not send
      `OP-5 ${weekdays('blocked')}`, // absent all week
      `OP-6 ${weekdays('blocked')}`, // 20-minute shift
      `OP-7 ${weekdays('warn')}`, // overtime within the allowance
    ]);
  });

  it('gives each cell the reasons a planner reads', () => {
    const s = startSession(model, ['J-1002'], false)!;
    const why = (id: string) => s.explain(operative(model, id), DAY);
    expect(why('OP-1')).toMatchObject({ status: 'ok', violations: [] });
    expect(fullReasons(why('OP-2'))).toBe('Blocked: J-1002 needs GAS ≥ 3; Ben Shaw has GAS 2');
    expect(fullReasons(why('OP-3'))).toMatch(/^Blocked: Carla Expired's GAS_SAFE certificate expired on 1 Jan 2027/);
    expect(fullReasons(why('OP-4'))).toMatch(/^Blocked: Do not send Fay Flagged to GAS work/);
    expect(fullReasons(why('OP-5'))).toMatch(/^Blocked: Anna Away is absent/);
    expect(fullReasons(why('OP-6'))).toMatch(/beyond Sam Short's 08:00–08:20 shift/);
    expect(shortReason(why('OP-7'))).toMatch(/^Warning: .*past the 09:30 shift end \(within the 60 min overtime allowance\)$/);
    expect(shortReason(why('OP-1'))).toBe('');
  });

  it('a cell shows the reasons that decide it first, and counts the rest', () => {
    const s = startSession(model, ['J-1002'], false)!;
    // Ben on Saturday: not his trade level and not a working day — two hard reasons.
    const v = s.explain(operative(model, 'OP-2'), SATURDAY);
    expect(v.status).toBe('blocked');
    expect(decisive(v).length).toBeGreaterThan(1);
    expect(shortReason(v)).toMatch(new RegExp(`^Blocked: .+ \\(\\+${decisive(v).length - 1} more\\)$`));
    expect(fullReasons(v).split('\n')).toHaveLength(v.violations.length);
  });

  it("a cell's colour always agrees with its reasons (the fast grid and the full rules say the same)", () => {
    const refs = [...model.jobs.keys()];
    fc.assert(
      fc.property(
        fc.constantFrom(...refs),
        fc.nat({ max: model.operatives.length - 1 }),
        fc.nat({ max: model.dates.length - 1 }),
        (ref, row, col) => {
          const s = startSession(model, [ref], false)!;
          const v = s.explain(model.operatives[row]!, model.dates[col]!);
          expect(codeAt(s, row, col)).toBe(CODE[v.status]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('several jobs: each cell is as bad as the worst of them; the first named leads', () => {
    const s = startSession(model, ['J-1006', 'J-1002'], false)!;
    expect(s.primary.ref).toBe('J-1006');
    expect(s.refs).toEqual(['J-1006', 'J-1002']);
    const ben = model.operativeIndex.get('OP-2')!;
    const tue = model.dates.indexOf(DAY);
    // Ben may do the plumbing job but not the gas one.
    expect(startSession(model, ['J-1006'], false)!.explain(operative(model, 'OP-2'), DAY).status).not.toBe('blocked');
    expect(statusAt(s, ben, tue)).toBe('blocked');
    expect(s.explain(operative(model, 'OP-2'), DAY).violations.map((x) => x.reason)).toContain('J-1002 needs GAS ≥ 3; Ben Shaw has GAS 2');
  });

  it('remembers where each dragged job was (for the stale-card check); unknown refs are left out', () => {
    const s = startSession(model, ['J-1004', 'J-404', 'J-1002'], true)!;
    expect(s.refs).toEqual(['J-1004', 'J-1002']);
    expect(s.keyboard).toBe(true);
    expect(s.seen.get('J-1004')).toEqual({ operative_id: 'OP-1', date: DAY, sequence: 1 });
    expect(s.seen.get('J-1002')).toBeNull();
    expect(startSession(model, ['J-404'], false)).toBeNull();
  });

  it('times the visit where the card would go: the end of the day, or an insert position', () => {
    const s = startSession(model, ['J-1002'], false)!;
    const olivia = operative(model, 'OP-1');
    // After J-1003 and J-1004 (08:00 start, an hour each plus travel).
    const atEnd = s.explain(olivia, DAY).visit!;
    const first = s.explain(olivia, DAY, 0).visit!;
    expect(first.start_min).toBe(8 * 60);
    expect(atEnd.start_min).toBeGreaterThanOrEqual(10 * 60);
    expect(atEnd.end_min - atEnd.start_min).toBe(90);
    expect(s.explain(olivia, DAY, 0)).toBe(s.explain(olivia, DAY, 0)); // worded once per drag
  });

  it('knock-on: moving J-1004 later slips its successor J-1005; earlier, or where it is, slips nothing', () => {
    const s = startSession(model, ['J-1004'], false)!;
    const olivia = operative(model, 'OP-1');
    expect(s.knockOn(olivia, DAY).map((k) => k.ref)).toEqual([]);
    const later = s.knockOn(olivia, '2027-01-07');
    expect(later.map((k) => k.ref)).toEqual(['J-1005']);
    expect(later[0]!.slip_min).toBeGreaterThan(0);
    // Ahead of J-1005 on its own day: J-1005 now waits behind it in the same van.
    expect(s.knockOn(olivia, WEDNESDAY, 0).map((k) => k.ref)).toEqual(['J-1005']);
    expect(s.knockOn(olivia, MONDAY).map((k) => k.ref)).toEqual([]);
  });
});
