// What a day cell says on its own: why an operative-day takes no work (absent, rostered off, not a
// working day, bank holiday), how full a day is, and the attributes every cell carries.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Absence } from '../../../../../../shared/domain/types';
import type { BoardModel } from '../../../../../../renderer/src/views/diary/boardModel';
import { dayCellAttributes } from '../../../../../../renderer/src/views/diary/board/cellProps';
import { absenceLabel, dayOff } from '../../../../../../renderer/src/views/diary/board/dayState';
import { fillTitle } from '../../../../../../renderer/src/views/diary/board/FillBar';
import { DAY, SATURDAY, loadBoard, operative } from '../board-fixture';

let model: BoardModel;
let newYear: BoardModel;
beforeAll(async () => {
  model = await loadBoard({
    // Olivia rostered off on Thursday 7 Jan.
    setup: (call) =>
      call('roster/set-day', { operative_id: 'OP-1', date: '2027-01-07', day: { work: null, on_call: false } }).then(() => {}),
  });
  newYear = await loadBoard({ from: '2026-12-28', to: '2027-01-03' });
});

const offOf = (m: BoardModel, id: string, date: string) => {
  const op = operative(m, id);
  return dayOff(op, date, m.index.operativeDay(op, date).roster);
};

describe('a day that takes no work', () => {
  it('an ordinary working day is not off', () => {
    expect(offOf(model, 'OP-1', DAY)).toBeNull();
  });

  it('absent: named by its reason (imported absences have no kind), with the dates in the title', () => {
    expect(offOf(model, 'OP-5', DAY)).toEqual({
      kind: 'absent',
      label: 'Annual leave',
      title: 'Anna Away absent: Annual leave (2027-01-04 to 2027-01-08)',
    });
  });

  it('not a working day of the pattern, rostered off for the day, or a bank holiday', () => {
    expect(offOf(model, 'OP-1', SATURDAY)).toMatchObject({
      kind: 'off',
      label: 'Off',
      title: expect.stringMatching(/^Olivia Good does not work on Sat/),
    });
    expect(offOf(model, 'OP-1', '2027-01-07')).toEqual({
      kind: 'off',
      label: 'Off',
      title: 'Olivia Good is rostered off on Thu 2027-01-07',
    });
    expect(offOf(newYear, 'OP-1', '2027-01-01')).toMatchObject({
      kind: 'holiday',
      label: 'Bank hol.',
      title: expect.stringMatching(/New Year/),
    });
  });

  it('names absences by kind; an "other" absence by its reason when it has one', () => {
    const a = (kind: Absence['kind'], reason: string) => ({ kind, reason }) as Absence;
    expect(
      [a('leave', 'x'), a('sickness', ''), a('training', 'First aid'), a('other', ''), a('other', ' Jury service ')].map(absenceLabel),
    ).toEqual(['Leave', 'Sick', 'Training', 'Away', 'Jury service']);
  });
});

describe('a day cell', () => {
  it('says how full the day is: work and travel against the shift, and any overrun', () => {
    const plan = model.index.basePlan(operative(model, 'OP-1'), DAY);
    expect(fillTitle(plan)).toMatch(/^Work 2 h \+ travel .+ of a 8 h 30 shift \(\d+%\)$/);
    const late = { ...plan, overrun_min: 25 };
    expect(fillTitle(late)).toMatch(/; runs 25 min past shift end$/);
  });

  it('carries the drag contract: date, drop status and reasons, or why the day is off', () => {
    expect(dayCellAttributes(DAY, null, null)).toEqual({
      role: 'cell',
      'data-date': DAY,
      'data-off': undefined,
      'data-drop': undefined,
      'data-hover': undefined,
      title: undefined,
      'aria-description': undefined,
    });
    const off = offOf(model, 'OP-5', DAY)!;
    expect(dayCellAttributes(DAY, off, null)).toMatchObject({ 'data-off': 'absent', title: off.title });
    const drag = { status: 'blocked' as const, description: 'Blocked: absent', hoverSlot: 0, hoverLabel: 'Blocked' };
    expect(dayCellAttributes(DAY, off, drag)).toMatchObject({
      'data-drop': 'blocked',
      'data-hover': true,
      title: 'Blocked: absent',
      'aria-description': 'Blocked: absent',
    });
    expect(dayCellAttributes(DAY, null, { ...drag, status: 'ok', description: '', hoverSlot: null })).toMatchObject({
      'data-drop': 'ok',
      'data-hover': undefined,
      'aria-description': undefined,
    });
  });
});
