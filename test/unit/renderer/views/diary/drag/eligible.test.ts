// "Eligible only" on a real board: while J-1002 (GAS 3, GAS_SAFE) is held, only the rows it fits on
// some shown day stay; the row the drag started from always stays; off or not dragging, all stay.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardModel } from '../../../../../../renderer/src/views/diary/boardModel';
import { startSession } from '../../../../../../renderer/src/views/diary/drag/dragSession';
import { eligibleRows, rowFits } from '../../../../../../renderer/src/views/diary/drag/eligible';
import { DAY, loadBoard } from '../board-fixture';

let model: BoardModel;
beforeAll(async () => {
  model = await loadBoard();
});

const ids = (rows: readonly { id: string }[]) => rows.map((o) => o.id);

describe('Eligible only', () => {
  it('keeps the operatives the held job fits (OK or warning) on some shown day', () => {
    const s = startSession(model, ['J-1002'], false)!;
    expect(ids(eligibleRows(model.operatives, model, s, true, null))).toEqual(['OP-1', 'OP-7']);
    expect(rowFits(s, model.operativeIndex.get('OP-2')!)).toBe(false);
  });

  it('keeps the row the drag started from even when the job is blocked there', () => {
    const s = startSession(model, ['J-1002'], false)!;
    expect(ids(eligibleRows(model.operatives, model, s, true, 'OP-5'))).toEqual(['OP-1', 'OP-5', 'OP-7']);
  });

  it('shows every row when off, or when nothing is held', () => {
    const s = startSession(model, ['J-1002'], false)!;
    expect(eligibleRows(model.operatives, model, s, false, null)).toBe(model.operatives);
    expect(eligibleRows(model.operatives, model, null, true, null)).toBe(model.operatives);
  });

  it('a one-day board judges that day only', async () => {
    const day = await loadBoard({ from: DAY, to: DAY });
    const s = startSession(day, ['J-1002'], false)!;
    expect(ids(eligibleRows(day.operatives, day, s, true, null))).toEqual(['OP-1', 'OP-7']);
  });
});
