// Drop-outs: placed jobs a roster change or absence leaves outside working hours or on a day
// the operative is not available.
import { describe, expect, it } from 'vitest';
import { findDropouts } from '../../../../shared/coverage';
import type { RosterOverride } from '../../../../shared/roster';
import { PlanIndex } from '../../../../shared/rules/plan-index';
import { testWorld } from '../rules/test-world';
import type { Absence, DiaryEntry } from '../../../../shared/domain/types';
import { TUE, entry, fixedTravel, job, operative } from '../rules/fixtures';
import { override } from '../roster/helpers';

// Ali, 08:00–16:00, 15 min per journey, 60 min overtime: J1 08:15–10:15, J2 10:30–13:30, home 13:45.
const ali = operative();
const J1 = job({ ref: 'J1', duration_min: 120 });
const J2 = job({ ref: 'J2', duration_min: 180 });
const diary: DiaryEntry[] = [entry('J1', 0), entry('J2', 1)];

function dropouts(
  days: RosterOverride[] = [],
  more: { absences?: Absence[]; diary?: DiaryEntry[]; jobs?: ReturnType<typeof job>[] } = {},
  opts = {},
) {
  const world = testWorld({
    operatives: [ali],
    jobs: [J1, J2, ...(more.jobs ?? [])],
    absences: more.absences ?? [],
    travel: fixedTravel(15),
    roster: { days },
  });
  return findDropouts(new PlanIndex(world, more.diary ?? diary), opts);
}

describe('drop-outs after a roster change', () => {
  it('none while the roster covers the day', () => {
    expect(dropouts()).toEqual([]);
  });

  it('a shorter shift leaves the later job outside hours (overtime allowance counted)', () => {
    expect(dropouts([override(TUE, 'work', '08:00', '11:00')])).toEqual([
      {
        ref: 'J2',
        operative_id: 'ali',
        date: TUE,
        reason: 'outside-hours',
        rule_id: 'shift-hours',
        message: "J2 would finish at 13:30, past Ali's 08:00–11:00 shift on 5 Jan 2027 (plus 60 min overtime)",
      },
    ]);
    // Finishing exactly at shift end + allowance is inside; the drive home is not.
    expect(dropouts([override(TUE, 'work', '08:00', '12:30')]).map((d) => [d.ref, d.message])).toEqual([
      ['J2', 'J2 would leave Ali back at base at 13:45, past the 08:00–12:30 shift on 5 Jan 2027 (plus 60 min overtime)'],
    ]);
  });

  it('a day rostered off, a bank holiday or an absence takes out every job that day', () => {
    expect(dropouts([override(TUE, 'off')]).map((d) => [d.ref, d.reason, d.rule_id])).toEqual([
      ['J1', 'off', 'working-day'],
      ['J2', 'off', 'working-day'],
    ]);
    expect(dropouts([override(TUE, 'on_call')])[0]?.message).toBe(
      'J1: Ali is only on call on 5 Jan 2027 (roster override), not rostered to work',
    );
    const absent = dropouts([], { absences: [{ operative_id: 'ali', from: TUE, to: TUE, reason: 'Dentist', kind: 'other' }] });
    expect(absent.map((d) => [d.ref, d.reason, d.rule_id])).toEqual([
      ['J1', 'absent', 'absence'],
      ['J2', 'absent', 'absence'],
    ]);
    // Easter Monday: placed while an override had Ali on; the override removed.
    const holiday = [entry('J1', 0, { date: '2027-03-29' })];
    expect(dropouts([override('2027-03-29', 'work', '08:00', '16:00')], { diary: holiday })).toEqual([]);
    expect(dropouts([], { diary: holiday })[0]).toMatchObject({
      ref: 'J1',
      reason: 'bank-holiday',
      message: 'J1: 29 Mar 2027 is a bank holiday (Easter Monday)',
    });
  });

  it('a job whose appointment window the new shift no longer reaches', () => {
    const am = job({ ref: 'AM1', window: 'AM', duration_min: 60 });
    const r = dropouts([override(TUE, 'work', '13:00', '17:00')], { jobs: [am], diary: [entry('AM1', 0)] });
    expect(r).toEqual([
      {
        ref: 'AM1',
        operative_id: 'ali',
        date: TUE,
        reason: 'outside-hours',
        rule_id: 'appointment-window',
        message: "AM1's AM window is outside Ali's 13:00–17:00 shift on 5 Jan 2027",
      },
    ]);
  });

  it('leaves alone placements forced through that rule with a recorded reason, and filters by operative and dates', () => {
    const short = [override(TUE, 'work', '08:00', '11:00')];
    expect(
      dropouts(short, {}, { overridden: (ref: string, _op: string, _d: string, rule: string) => ref === 'J2' && rule === 'shift-hours' }),
    ).toEqual([]);
    expect(dropouts(short, {}, { operatives: new Set(['bob']) })).toEqual([]);
    expect(dropouts(short, {}, { from: '2027-01-06' })).toEqual([]);
    expect(dropouts(short, {}, { from: TUE, to: TUE })).toHaveLength(1);
  });
});
