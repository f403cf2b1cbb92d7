import { describe, it, expect } from 'vitest';
import {
  addDays,
  compareDates,
  dateRange,
  daysBetween,
  formatHHMM,
  formatLongDate,
  formatShortDay,
  fromEpochDay,
  isIsoDate,
  parseHHMM,
  toEpochDay,
  weekdayOf,
} from '../../../../shared/calendar/dates';

describe('date helpers', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // the BST change day does not matter to dates
    expect(addDays('2026-05-05', 0)).toBe('2026-05-05');
  });

  it('names weekdays', () => {
    expect(weekdayOf('2026-12-24')).toBe('Thu');
    expect(weekdayOf('2026-12-26')).toBe('Sat');
    expect(weekdayOf('2027-01-04')).toBe('Mon');
    expect(weekdayOf('2028-01-01')).toBe('Sat');
    expect(weekdayOf('1970-01-01')).toBe('Thu');
  });

  it('measures b − a in days', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-05-10', '2026-05-03')).toBe(-7);
  });

  it('builds inclusive ranges and sorts dates', () => {
    expect(dateRange('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(dateRange('2026-01-05', '2026-01-05')).toEqual(['2026-01-05']);
    expect(dateRange('2026-01-05', '2026-01-04')).toEqual([]);
    expect(compareDates('2026-01-05', '2026-01-04')).toBe(1);
    expect(compareDates('2026-01-04', '2026-01-05')).toBe(-1);
    expect(compareDates('2026-01-04', '2026-01-04')).toBe(0);
    expect(['2027-01-01', '2026-12-31', '2026-02-01'].sort(compareDates)).toEqual(['2026-02-01', '2026-12-31', '2027-01-01']);
  });

  it('round-trips epoch days, including years below 100', () => {
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(fromEpochDay(toEpochDay('2028-02-29'))).toBe('2028-02-29');
    expect(fromEpochDay(toEpochDay('0050-06-15'))).toBe('0050-06-15');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow('"2026-02-30" is not a real date YYYY-MM-DD');
    expect(() => weekdayOf('2026-1-5')).toThrow(/not a real date/);
    expect(() => addDays('2026-01-05', 1.5)).toThrow(/not a whole number/);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('parses and formats HH:MM', () => {
    expect(parseHHMM('00:00')).toBe(0);
    expect(parseHHMM('08:30')).toBe(510);
    expect(parseHHMM('23:59')).toBe(1439);
    expect(formatHHMM(510)).toBe('08:30');
    expect(formatHHMM(0)).toBe('00:00');
    expect(formatHHMM(1439)).toBe('23:59');
    expect(() => parseHHMM('24:00')).toThrow('"24:00" is not a time HH:MM (00:00–23:59)');
    expect(() => parseHHMM('8:30')).toThrow(/not a time/);
    expect(() => formatHHMM(1440)).toThrow(/not a time of day/);
    expect(() => formatHHMM(-1)).toThrow(/not a time of day/);
  });

  it('formats dates for plain-language reasons and headings', () => {
    expect(formatLongDate('2027-01-04')).toBe('4 Jan 2027');
    expect(formatLongDate('2026-12-28')).toBe('28 Dec 2026');
    expect(formatShortDay('2027-01-04')).toBe('Mon 4 Jan');
    expect(formatShortDay('2026-12-25')).toBe('Fri 25 Dec');
  });
});
