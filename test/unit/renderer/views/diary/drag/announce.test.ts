// What a screen reader hears while a card is dragged: what was picked up and from where, how to
// move it by keyboard, and for each step the operative, the day and whether a drop there is ok.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardModel } from '../../../../../../renderer/src/views/diary/boardModel';
import { describeJobs, pickedUpText, targetText } from '../../../../../../renderer/src/views/diary/drag/announce';
import { startSession } from '../../../../../../renderer/src/views/diary/drag/dragSession';
import { DAY, SATURDAY, cellTarget, loadBoard } from '../board-fixture';

let model: BoardModel;
beforeAll(async () => {
  model = await loadBoard();
});

const cell = (operativeId: string, date: string, index?: number) => cellTarget(model, operativeId, date, index);

describe('drag announcements', () => {
  it('picking up says what and from where; by keyboard it adds how to move', () => {
    expect(pickedUpText(startSession(model, ['J-1002'], false)!, model)).toBe('Picked up J-1002 from the Unscheduled tray.');
    expect(pickedUpText(startSession(model, ['J-1004'], true)!, model)).toBe(
      'Picked up J-1004 from Olivia Good, Tue 5 Jan 2027. Arrow keys: up and down change operative, left and right change day. Space or Enter drops, Escape cancels.',
    );
    expect(describeJobs(startSession(model, ['J-1004', 'J-1002'], false)!)).toBe('2 jobs (J-1004, J-1002)');
  });

  it('over a day: the operative, the day, the verdict, the start time and the deciding reason', () => {
    const s = startSession(model, ['J-1002'], true)!;
    expect(targetText(s, cell('OP-1', DAY, 0))).toBe('Over Olivia Good, Tue 5 Jan 2027: ok starting 08:00.');
    expect(targetText(s, cell('OP-2', DAY))).toMatch(
      /^Over Ben Shaw, Tue 5 Jan 2027: blocked starting \d\d:\d\d\. J-1002 needs GAS ≥ 3; Ben Shaw has GAS 2\.$/,
    );
    expect(targetText(s, cell('OP-7', DAY))).toMatch(
      /^Over Walter Late, Tue 5 Jan 2027: warning starting \d\d:\d\d\. .*overtime allowance\)\.$/,
    );
    expect(targetText(s, cell('OP-2', SATURDAY))).toMatch(/: blocked.*\(\+1 more\)\.$/);
  });

  it('over the tray, a name or nothing: says so', () => {
    const fromTray = startSession(model, ['J-1002'], true)!;
    const placed = startSession(model, ['J-1004'], true)!;
    expect(targetText(fromTray, { kind: 'tray' })).toBe('Over the Unscheduled tray.');
    expect(targetText(placed, { kind: 'tray' })).toBe('Over the Unscheduled tray: drop to unschedule.');
    expect(targetText(placed, { kind: 'none', why: 'header' })).toBe('Over an operative name: move onto a day.');
    expect(targetText(placed, { kind: 'none', why: 'outside' })).toBe('Not over the board.');
    expect(targetText(placed, null)).toBe('');
    expect(targetText(placed, { ...cell('OP-1', DAY), operativeId: 'OP-404' })).toBe('');
  });
});
