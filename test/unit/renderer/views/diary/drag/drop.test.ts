// What a drop does once the card is released: nothing (and why) outside the board, on a name,
// where it already was or while it is still saving; a local refusal with the rule's reasons when
// a hard rule blocks it; otherwise exactly one move sent on. The moves are recorded, not sent.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Violation } from '../../../../../../shared/rules';
import type { BoardModel } from '../../../../../../renderer/src/views/diary/boardModel';
import { startSession } from '../../../../../../renderer/src/views/diary/drag/dragSession';
import type { DropTarget } from '../../../../../../renderer/src/views/diary/drag/dragStore';
import { createDragStore, sameTarget } from '../../../../../../renderer/src/views/diary/drag/dragStore';
import { drop } from '../../../../../../renderer/src/views/diary/drag/drop';
import type { MoveRequest, Moves } from '../../../../../../renderer/src/views/diary/moves/useMoves';
import { DAY, MONDAY, WEDNESDAY, loadBoard } from '../board-fixture';

let model: BoardModel;
beforeAll(async () => {
  model = await loadBoard();
});

type Call = ['run', MoveRequest] | ['refuse', MoveRequest, readonly Violation[]] | ['say', string, string];

function recordMoves(busy: readonly string[] = []): { moves: Moves; calls: Call[] } {
  const calls: Call[] = [];
  const moves: Moves = {
    pending: new Map(),
    notice: null,
    setNotice: () => {},
    isBusy: (refs) => refs.some((r) => busy.includes(r)),
    run: async (req) => {
      calls.push(['run', req]);
      return true;
    },
    refuse: (req, violations) => void calls.push(['refuse', req, violations]),
    say: (text, kind = 'error') => void calls.push(['say', text, kind]),
  };
  return { moves, calls };
}

type CellTarget = Extract<DropTarget, { kind: 'cell' }>;
function cell(operativeId: string, date: string, index?: number): CellTarget {
  const row = model.operativeIndex.get(operativeId)!;
  return { kind: 'cell', operativeId, date, row, col: model.dates.indexOf(date), index, slot: index ?? 0 };
}

describe('dropping a card', () => {
  it('on an allowed day: one move with where, to whom and the start time', async () => {
    const { moves, calls } = recordMoves();
    expect(await drop(startSession(model, ['J-1002'], false)!, cell('OP-1', DAY), moves)).toBe(true);
    expect(calls).toHaveLength(1);
    const [kind, req] = calls[0] as ['run', MoveRequest];
    expect(kind).toBe('run');
    expect(req).toMatchObject({ refs: ['J-1002'], to: { operative_id: 'OP-1', date: DAY }, operativeName: 'Olivia Good' });
    expect(req.to).not.toHaveProperty('index');
    expect(req.startMin).toBeGreaterThanOrEqual(10 * 60);
    expect(req.seen.get('J-1002')).toBeNull();
  });

  it('at an insert position: the move carries it', async () => {
    const { moves, calls } = recordMoves();
    await drop(startSession(model, ['J-1002'], false)!, cell('OP-1', DAY, 0), moves);
    expect(calls[0]![1]).toMatchObject({ to: { operative_id: 'OP-1', date: DAY, index: 0 }, startMin: 8 * 60 });
  });

  it('on a warned day: still sent (the warning comes back with the stored move)', async () => {
    const { moves, calls } = recordMoves();
    await drop(startSession(model, ['J-1002'], false)!, cell('OP-7', DAY), moves);
    expect(calls.map((c) => c[0])).toEqual(['run']);
  });

  it('on a blocked day: refused here with the rule, nothing sent', async () => {
    const { moves, calls } = recordMoves();
    expect(await drop(startSession(model, ['J-1002'], false)!, cell('OP-2', DAY), moves)).toBe(false);
    expect(calls).toHaveLength(1);
    const [kind, req, violations] = calls[0] as ['refuse', MoveRequest, Violation[]];
    expect(kind).toBe('refuse');
    expect(req.to).toEqual({ operative_id: 'OP-2', date: DAY });
    expect(violations.map((v) => v.reason)).toEqual(['J-1002 needs GAS ≥ 3; Ben Shaw has GAS 2']);
  });

  it('outside the board, or on an operative name: says so, moves nothing', async () => {
    const s = startSession(model, ['J-1002'], false)!;
    for (const [t, text] of [
      [null, "J-1002 not moved: drop it on an operative's day inside the board range, or on the Unscheduled tray."],
      [
        { kind: 'none', why: 'outside' },
        "J-1002 not moved: drop it on an operative's day inside the board range, or on the Unscheduled tray.",
      ],
      [{ kind: 'none', why: 'header' }, "J-1002 not moved: drop it on one of the operative's days, not on the name."],
    ] as const) {
      const { moves, calls } = recordMoves();
      expect(await drop(s, t, moves)).toBe(false);
      expect(calls).toEqual([['say', text, 'error']]);
    }
  });

  it('on the tray: a placed job is unscheduled; a tray job is already there', async () => {
    const placed = recordMoves();
    await drop(startSession(model, ['J-1004', 'J-1002'], false)!, { kind: 'tray' }, placed.moves);
    expect(placed.calls).toHaveLength(1);
    expect(placed.calls[0]![1]).toMatchObject({ refs: ['J-1004'], to: null });
    const already = recordMoves();
    await drop(startSession(model, ['J-1002'], false)!, { kind: 'tray' }, already.moves);
    expect(already.calls).toEqual([['say', 'J-1002 is already unscheduled.', 'info']]);
  });

  it('where it already is: nothing to do; a new position in the same day is a move', async () => {
    const s = startSession(model, ['J-1004'], false)!; // Olivia's Tuesday, second of two
    const same = recordMoves();
    await drop(s, cell('OP-1', DAY), same.moves); // the end of the day: where it is
    expect(same.calls).toEqual([['say', 'J-1004 not moved: dropped where it already is.', 'info']]);
    const sameIndex = recordMoves();
    await drop(s, cell('OP-1', DAY, 1), sameIndex.moves);
    expect(sameIndex.calls.map((c) => c[0])).toEqual(['say']);
    const earlier = recordMoves();
    await drop(s, cell('OP-1', DAY, 0), earlier.moves);
    expect(earlier.calls[0]).toMatchObject(['run', { to: { operative_id: 'OP-1', date: DAY, index: 0 } }]);
    const otherDay = recordMoves();
    await drop(s, cell('OP-1', MONDAY), otherDay.moves);
    expect(otherDay.calls.map((c) => c[0])).toEqual(['run']);
    // After its successor J-1005 on Wednesday: the dependency rule refuses it.
    const afterSuccessor = recordMoves();
    await drop(s, cell('OP-1', WEDNESDAY), afterSuccessor.moves);
    expect(afterSuccessor.calls.map((c) => c[0])).toEqual(['refuse']);
  });

  it('while a dragged job is still saving: refused until that move finishes', async () => {
    const { moves, calls } = recordMoves(['J-1002']);
    expect(await drop(startSession(model, ['J-1002'], false)!, cell('OP-1', DAY), moves)).toBe(false);
    expect(calls).toEqual([['say', 'J-1002 is still being saved; wait for that move to finish before moving it again.', 'error']]);
  });

  it('on an operative no longer on the board: treated as outside', async () => {
    const { moves, calls } = recordMoves();
    await drop(startSession(model, ['J-1002'], false)!, { ...cell('OP-1', DAY), operativeId: 'OP-404' }, moves);
    expect(calls[0]![0]).toBe('say');
  });
});

describe('the drop target store', () => {
  it('tells subscribers only when the target really changes', () => {
    const store = createDragStore();
    let heard = 0;
    const off = store.subscribe(() => heard++);
    store.set(cell('OP-1', DAY));
    store.set({ ...cell('OP-1', DAY), slot: 3 }); // same day and insert position: same target
    store.set(cell('OP-1', DAY, 0));
    store.set({ kind: 'tray' });
    store.set({ kind: 'tray' });
    store.set({ kind: 'none', why: 'header' });
    store.set({ kind: 'none', why: 'outside' });
    store.set(null);
    expect(heard).toBe(6);
    expect(store.get()).toBeNull();
    off();
    store.set({ kind: 'tray' });
    expect(heard).toBe(6);
  });

  it('compares targets by operative, day and insert position', () => {
    expect(sameTarget(cell('OP-1', DAY), cell('OP-1', DAY))).toBe(true);
    expect(sameTarget(cell('OP-1', DAY), cell('OP-2', DAY))).toBe(false);
    expect(sameTarget(cell('OP-1', DAY), cell('OP-1', WEDNESDAY))).toBe(false);
    expect(sameTarget(cell('OP-1', DAY), cell('OP-1', DAY, 0))).toBe(false);
    expect(sameTarget(null, null)).toBe(true);
    expect(sameTarget(cell('OP-1', DAY), null)).toBe(false);
    expect(sameTarget({ kind: 'tray' }, cell('OP-1', DAY))).toBe(false);
  });
});
