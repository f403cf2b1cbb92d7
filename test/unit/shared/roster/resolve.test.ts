// The roster resolver: the operative's own days, weekly patterns and rotations layered over a
// date range, bank holidays, and per-day overrides.
import { describe, expect, it } from 'vitest';
import { RosterBook, resolveRosterDay } from '../../../../shared/roster';
import { operative } from '../rules/fixtures';
import { CALL, OFF, SAME, hours, override, pattern, work } from './helpers';

const ali = operative(); // Mon–Fri 08:00–16:00
const day = (date: string, patterns = [] as ReturnType<typeof pattern>[], overrides = [] as ReturnType<typeof override>[]) =>
  new RosterBook({ patterns, days: overrides }).day(ali, date);

describe('roster resolver', () => {
  it('without roster data follows the operative: working days and shift, weekends off', () => {
    expect(day('2027-01-05')).toMatchObject({
      working: true,
      shift: hours('08:00', '16:00'),
      on_call: false,
      source: 'pattern',
      pattern: null,
    });
    expect(day('2027-01-09')).toMatchObject({ working: false, shift: null, source: 'pattern', pattern_working: false });
  });

  it('a bank holiday turns a pattern working day off, named, and keeps on-call', () => {
    // 29 Mar 2027 is Easter Monday.
    expect(day('2027-03-29')).toMatchObject({ working: false, source: 'bank-holiday', holiday: 'Easter Monday', pattern_working: true });
    const rota = pattern({ kind: 'rotation', anchor: '2027-03-29', days: [CALL] });
    expect(day('2027-03-29', [rota])).toMatchObject({ working: false, on_call: true, source: 'bank-holiday' });
  });

  it('a weekly pattern replaces the operative’s days and hours within its range', () => {
    const summer = pattern({
      kind: 'weekly',
      name: 'Summer',
      from: '2027-06-01',
      to: '2027-08-31',
      days: [
        work('07:00', '15:00'),
        work('07:00', '15:00'),
        work('07:00', '15:00'),
        work('07:00', '15:00'),
        work('07:00', '13:00'),
        OFF,
        OFF,
      ],
    });
    expect(day('2027-06-04', [summer])).toMatchObject({
      working: true,
      shift: hours('07:00', '13:00'),
      source: 'pattern',
      pattern: 'Summer',
    });
    expect(day('2027-05-28', [summer])).toMatchObject({ shift: hours('08:00', '16:00'), pattern: null }); // before the range
    expect(day('2027-09-03', [summer])).toMatchObject({ shift: hours('08:00', '16:00'), pattern: null }); // after it
    // Summer bank holiday 30 Aug 2027 is inside the range: still off.
    expect(day('2027-08-30', [summer])).toMatchObject({ working: false, source: 'bank-holiday', pattern: 'Summer' });
  });

  it('4 on, 4 off counts from the anchor, both ways, ignoring weekdays', () => {
    const fourFour = pattern({
      kind: 'rotation',
      name: '4 on 4 off',
      anchor: '2027-01-07',
      from: '2027-01-01',
      days: [work('07:00', '19:00'), work('07:00', '19:00'), work('07:00', '19:00'), work('07:00', '19:00'), OFF, OFF, OFF, OFF],
    });
    const on = (d: string) => day(d, [fourFour]).working;
    expect(['2027-01-07', '2027-01-08', '2027-01-09', '2027-01-10'].map(on)).toEqual([true, true, true, true]); // Thu–Sun
    expect(['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14'].map(on)).toEqual([false, false, false, false]);
    expect(on('2027-01-15')).toBe(true);
    // Before the anchor the cycle runs backwards: 2 Jan is the last day on of the previous run.
    expect(['2027-01-02', '2027-01-03', '2027-01-06'].map(on)).toEqual([true, false, false]);
    expect(day('2027-01-09', [fourFour])).toMatchObject({ source: 'rotation', pattern: '4 on 4 off', shift: hours('07:00', '19:00') });
  });

  it('alternate Saturdays: on one week, off the next, weekdays untouched', () => {
    const days = Array.from({ length: 14 }, () => SAME);
    days[5] = work('08:00', '12:00');
    days[12] = OFF;
    const alt = pattern({ kind: 'rotation', name: 'Alternate Saturdays', anchor: '2027-01-04', days });
    expect(day('2027-01-09', [alt])).toMatchObject({ working: true, shift: hours('08:00', '12:00'), source: 'rotation' });
    expect(day('2027-01-16', [alt])).toMatchObject({ working: false, source: 'rotation' });
    expect(day('2027-01-23', [alt]).working).toBe(true);
    expect(day('2027-01-12', [alt])).toMatchObject({ working: true, shift: hours('08:00', '16:00'), source: 'pattern' });
  });

  it('a two-week on-call rota sets on-call only; later patterns win', () => {
    const rota = pattern({
      kind: 'rotation',
      anchor: '2027-01-04',
      days: Array.from({ length: 14 }, (_, i) => ({ work: null, on_call: i < 7 })),
    });
    expect(day('2027-01-05', [rota])).toMatchObject({ working: true, on_call: true, source: 'pattern' });
    expect(day('2027-01-12', [rota])).toMatchObject({ working: true, on_call: false });
    const later = pattern({ kind: 'rotation', anchor: '2027-01-04', days: [{ work: null, on_call: false }] });
    expect(day('2027-01-05', [rota, later]).on_call).toBe(false);
    // Weekly patterns lie under rotations whatever their ids.
    const weekly = pattern({ kind: 'weekly', days: [OFF, OFF, OFF, OFF, OFF, OFF, OFF] });
    const sat = pattern({ kind: 'rotation', anchor: '2027-01-09', days: [work('09:00', '13:00'), SAME, SAME, SAME, SAME, SAME, SAME] });
    expect(day('2027-01-09', [sat, weekly])).toMatchObject({ working: true, source: 'rotation' });
  });

  it('overrides define the day alone: work on a bank holiday, off, on call only', () => {
    expect(day('2027-03-29', [], [override('2027-03-29', 'work', '09:00', '13:00')])).toMatchObject({
      working: true,
      shift: hours('09:00', '13:00'),
      source: 'override',
      holiday: 'Easter Monday',
    });
    expect(day('2027-01-05', [], [override('2027-01-05', 'off')])).toMatchObject({ working: false, on_call: false, source: 'override' });
    expect(day('2027-01-05', [], [override('2027-01-05', 'on_call')])).toMatchObject({
      working: false,
      on_call: true,
      on_call_hours: null,
    });
    const both = day(
      '2027-01-09',
      [],
      [override('2027-01-09', 'work', '22:00', '06:00', true), override('2027-01-09', 'on_call', '06:00', '10:00', true)],
    );
    expect(both).toMatchObject({
      working: true,
      shift: hours('22:00', '06:00', true),
      on_call: true,
      on_call_hours: hours('06:00', '10:00', true),
    });
  });

  it('resolveRosterDay takes a calendar, so another organisation’s closures count', () => {
    const cal = {
      holidays: new Set(['2027-01-05']),
      holidayNames: new Map([['2027-01-05', 'Closure day']]),
      workingWeekdays: [],
      firstDate: '2027-01-01',
      lastDate: '2027-12-31',
    };
    expect(resolveRosterDay(ali, '2027-01-05', [], [], cal)).toMatchObject({
      working: false,
      holiday: 'Closure day',
      source: 'bank-holiday',
    });
  });
});
