import { describe, it, expect } from 'vitest';
import {
  DEFAULT_CALENDAR,
  addWorkingDays,
  createCalendar,
  holidayName,
  isBankHoliday,
  isInCalendar,
  isWorkingDay,
  workingDaysBetween,
} from '../../../../shared/calendar';

describe('working-day calendar', () => {
  it('knows bank holidays and their names', () => {
    expect(isBankHoliday('2026-12-25')).toBe(true);
    expect(isBankHoliday('2026-12-28')).toBe(true);
    expect(isBankHoliday('2026-12-26')).toBe(false); // Saturday: substituted, not itself a holiday
    expect(isBankHoliday('2026-12-29')).toBe(false);
    expect(holidayName('2026-04-03')).toBe('Good Friday');
    expect(DEFAULT_CALENDAR.holidays.size).toBe(24);
    expect(DEFAULT_CALENDAR.workingWeekdays).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
  });

  it('treats weekends and bank holidays as non-working', () => {
    expect(isWorkingDay('2026-01-02')).toBe(true); // Fri
    expect(isWorkingDay('2026-01-03')).toBe(false); // Sat
    expect(isWorkingDay('2026-01-04')).toBe(false); // Sun
    expect(isWorkingDay('2026-01-01')).toBe(false); // New Year's Day
    expect(isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
  });

  it('adds working days, starting the count the next day', () => {
    expect(addWorkingDays('2026-01-05', 0)).toBe('2026-01-05');
    expect(addWorkingDays('2026-01-03', 0)).toBe('2026-01-03'); // n = 0 is the date itself, even at a weekend
    expect(addWorkingDays('2026-01-05', 1)).toBe('2026-01-06');
    expect(addWorkingDays('2026-01-09', 1)).toBe('2026-01-12'); // Fri → Mon
    expect(addWorkingDays('2026-01-10', 1)).toBe('2026-01-12'); // Sat → Mon
    expect(addWorkingDays('2026-01-05', 5)).toBe('2026-01-12');
    // Thu 2 Apr 2026: Good Friday, weekend and Easter Monday skipped.
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    // Over Christmas 2027: Fri 24 → Mon 27, Tue 28 holidays; Wed 29 is day 1.
    expect(addWorkingDays('2027-12-24', 1)).toBe('2027-12-29');
  });

  it('counts backwards with negative n', () => {
    expect(addWorkingDays('2026-04-07', -1)).toBe('2026-04-02');
    expect(addWorkingDays('2026-01-12', -5)).toBe('2026-01-05');
  });

  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween('2026-01-05', '2026-01-05')).toBe(0);
    expect(workingDaysBetween('2026-01-05', '2026-01-12')).toBe(5);
    expect(workingDaysBetween('2026-01-12', '2026-01-05')).toBe(-5);
    expect(workingDaysBetween('2026-12-24', '2027-01-05')).toBe(5);
    // A whole year: 365 days, 104 weekend days (2026 starts on Thu), 8 bank holidays.
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(365 - 104 - 8);
  });

  it('is consistent: the n-th working day after d is n working days from d', () => {
    for (const start of ['2026-03-27', '2026-12-23', '2027-12-24', '2028-04-13']) {
      for (let n = 0; n <= 25; n++) {
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
      }
    }
  });

  it('knows its range and throws when a computation runs beyond it', () => {
    expect(isInCalendar('2026-01-01')).toBe(true);
    expect(isInCalendar('2028-12-31')).toBe(true);
    expect(isInCalendar('2029-01-01')).toBe(false);
    expect(isInCalendar('2025-12-31')).toBe(false);
    expect(addWorkingDays('2028-12-28', 1)).toBe('2028-12-29');
    expect(() => addWorkingDays('2028-12-28', 2)).toThrow(
      'working-day calculation reached 2029-01-01, beyond the end of the working calendar (2026-01-01 to 2028-12-31)',
    );
    expect(() => isWorkingDay('2029-03-01')).toThrow(/2029-03-01.*2026-01-01 to 2028-12-31/);
    expect(() => workingDaysBetween('2025-12-30', '2026-01-05')).toThrow(/2025-12-31, before the start of/);
    expect(() => addWorkingDays('2026-01-05', 1.5)).toThrow(/not a whole number/);
  });

  it('supports a custom calendar', () => {
    const cal = createCalendar({
      holidays: [{ date: '2026-06-03', name: 'Office closure' }],
      workingWeekdays: ['Mon', 'Wed', 'Fri'],
      firstDate: '2026-06-01',
      lastDate: '2026-06-30',
    });
    expect(addWorkingDays('2026-06-01', 1, cal)).toBe('2026-06-05'); // Wed closed, Tue/Thu off
    expect(isBankHoliday('2026-06-03', cal)).toBe(true);
    expect(() => addWorkingDays('2026-06-26', 3, cal)).toThrow(/beyond the end.*2026-06-01 to 2026-06-30/);
    expect(() =>
      createCalendar({ holidays: [{ date: '2026-13-01', name: 'x' }], firstDate: '2026-01-01', lastDate: '2026-12-31' }),
    ).toThrow(/not a real date/);
  });
});
