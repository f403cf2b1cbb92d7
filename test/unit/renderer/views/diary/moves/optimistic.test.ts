// Optimistic placement: what a drop draws at once must be what the backend then stores (the same
// jobs in the same order at the same times), it must never outlive the model it was made from,
// and the day the job leaves is drawn without it. Real rule-set workspace, real moves.
import { describe, expect, it } from 'vitest';
import { buildBoardModel, type BoardData, type BoardModel } from '../../../../../../renderer/src/views/diary/boardModel';
import { startSession } from '../../../../../../renderer/src/views/diary/drag/dragSession';
import type { DropTarget } from '../../../../../../renderer/src/views/diary/drag/dragStore';
import { drop } from '../../../../../../renderer/src/views/diary/drag/drop';
import { livePreviews, optimisticView, type MovePreview } from '../../../../../../renderer/src/views/diary/moves/optimistic';
import type { MoveRequest, Moves } from '../../../../../../renderer/src/views/diary/moves/useMoves';
import { DAY, MONDAY, SUNDAY, WEDNESDAY, cellTarget, operative, ruleSetWorkspace } from '../board-fixture';

/** Drops `ref` on (operative, date, index) of `model`; the request the drop would send. */
async function dropped(model: BoardModel, ref: string, target: DropTarget): Promise<MoveRequest> {
  const sent: MoveRequest[] = [];
  const moves: Moves = {
    pending: new Map(),
    notice: null,
    setNotice: () => {},
    isBusy: () => false,
    run: async (req) => (sent.push(req), true),
    refuse: (req) => void sent.push(req),
    say: (text) => {
      throw new Error(`not dropped: ${text}`);
    },
  };
  await drop(startSession(model, [ref], false)!, target, moves);
  return sent[0]!;
}

const timed = (plan: { visits: readonly { ref: string; start_min: number; end_min: number }[] }) =>
  plan.visits.map((v) => `${v.ref} ${v.start_min}-${v.end_min}`);

describe('optimistic placement', () => {
  it('draws the target day as the backend stores it, and the day left without the job', async () => {
    const { ws, call } = await ruleSetWorkspace();
    try {
      const board = async () => buildBoardModel((await call('diary/get-board', { from: MONDAY, to: SUNDAY })) as BoardData);
      const before = await board();
      // J-1005 (which waits for J-1004) from Olivia's Wednesday to the end of her Tuesday.
      const req = await dropped(before, 'J-1005', cellTarget(before, 'OP-1', DAY, 2));
      const view = optimisticView(before, livePreviews(before, [req.preview]));
      const olivia = operative(before, 'OP-1');
      const drawn = view.plan('OP-1', DAY)!;
      expect(drawn.visits.map((v) => v.ref)).toEqual(['J-1003', 'J-1004', 'J-1005']);
      expect(view.plan('OP-1', WEDNESDAY)!.visits).toEqual([]);
      expect(view.plan('OP-2', DAY)).toBeUndefined();
      expect(view.leavesTray.size).toBe(0);
      expect(view.maxJobs.get('OP-1')).toBe(3);

      await call('diary/move-job', { ref: 'J-1005', to: req.to, seen: req.seen.get('J-1005') });
      const after = await board();
      expect(timed(drawn)).toEqual(timed(after.index.basePlan(olivia, DAY)));
      expect(after.index.basePlan(olivia, WEDNESDAY).visits).toEqual([]);
      // The stored board is a newer model: the preview no longer applies to it.
      expect(livePreviews(after, [req.preview])).toEqual([]);
    } finally {
      ws.close();
    }
  });

  it('a job from the tray leaves it; one dropped on the tray joins it', async () => {
    const { ws, call } = await ruleSetWorkspace();
    try {
      const model = buildBoardModel((await call('diary/get-board', { from: MONDAY, to: SUNDAY })) as BoardData);
      const placed = await dropped(model, 'J-1002', cellTarget(model, 'OP-1', DAY));
      const toTray = await dropped(model, 'J-1004', { kind: 'tray' });
      const view = optimisticView(model, livePreviews(model, [placed.preview, toTray.preview]));
      expect([...view.leavesTray]).toEqual(['J-1002']);
      expect(view.joinsTray).toEqual(['J-1004']);
      // Both change Olivia's Tuesday: the later drop's drawing wins the day.
      expect(view.plan('OP-1', DAY)!.visits.map((v) => v.ref)).toEqual(['J-1003']);
      const none: MovePreview[] = [];
      expect(optimisticView(model, none).plan('OP-1', DAY)).toBeUndefined();
    } finally {
      ws.close();
    }
  });
});
