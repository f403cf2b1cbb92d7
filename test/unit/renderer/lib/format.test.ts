// Display formatting used by every table: dates, spans, durations, weekday runs and counts. Each
// is tolerant: a value in an unexpected shape is shown as it came rather than breaking the row.
import { describe, expect, it } from 'vitest';
import {
  dateSpan,
  dayMonth,
  duration,
  instantAsLocal,
  localDateTime,
  longDate,
  plural,
  shortDay,
  weekdays,
} from '../../../../renderer/src/lib/format';

describe('format', () => {
  it('dates long, short and without a year; anything else unchanged', () => {
    expect(longDate('2026-02-04')).toBe('4 Feb 2026');
    expect(dayMonth('2026-02-04')).toBe('4 Feb');
    expect(shortDay('2026-02-04')).toBe('Wed 4 Feb');
    expect([longDate('soon'), shortDay('soon')]).toEqual(['soon', 'soon']);
  });

  it('a span of dates says the month once when it can', () => {
    expect(dateSpan('2027-01-11', '2027-01-13')).toBe('11–13 Jan');
    expect(dateSpan('2027-01-30', '2027-02-02')).toBe('30 Jan – 2 Feb');
    expect(dateSpan('2026-12-28', '2027-01-03')).toBe('28 Dec – 3 Jan');
    expect(dateSpan('2027-02-04', '2027-02-04')).toBe('4 Feb');
  });

  it('local date-times and instants in UK time (BST in summer)', () => {
    expect(localDateTime('2026-02-04T17:00')).toBe('4 Feb 2026 17:00');
    expect(instantAsLocal('2026-07-01T08:15:00Z')).toBe('1 Jul 2026 09:15');
    expect(instantAsLocal('2026-01-01T08:15:00Z')).toBe('1 Jan 2026 08:15');
    expect(instantAsLocal('later')).toBe('later');
  });

  it('durations: compact, whole days from three days, never negative', () => {
    expect([45, 60, 90, 1440, 1500, 3000, 5000, -90].map(duration)).toEqual([
      '45m',
      '1h',
      '1h 30m',
      '1d',
      '1d 1h',
      '2d 2h',
      '3d',
      '1h 30m',
    ]);
  });

  it('weekday runs: contiguous days as a range, others listed', () => {
    expect(weekdays(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])).toBe('Mon–Fri');
    expect(weekdays(['Mon', 'Wed', 'Thu', 'Fri', 'Sun'])).toBe('Mon, Wed–Fri, Sun');
    expect(weekdays(['Sat', 'Sun'])).toBe('Sat, Sun');
    expect(weekdays(['Fri', 'Mon', 'Mon'])).toBe('Mon, Fri');
    expect(weekdays([])).toBe('None');
  });

  it('counts with the right noun', () => {
    expect([plural(1, 'job'), plural(6, 'job'), plural(2, 'dependency', 'dependencies'), plural(12000, 'job')]).toEqual([
      '1 job',
      '6 jobs',
      '2 dependencies',
      '12,000 jobs',
    ]);
  });
});
