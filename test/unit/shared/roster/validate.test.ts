// Hours and pattern checks shared by the day form, the pattern editor and the CSV import.
import { describe, expect, it } from 'vitest';
import { parseShiftText, patternProblem, shiftMinutes, shiftProblem } from '../../../../shared/roster';
import { OFF, SAME, hours, work } from './helpers';

describe('shift hours', () => {
  it('overnight shifts run past 1440 minutes; unmarked crossings are errors', () => {
    expect(shiftMinutes(hours('22:00', '06:00', true))).toEqual({ start: 1320, end: 1800 });
    expect(shiftProblem(hours('22:00', '06:00'))).toMatch(/must be marked: write 06:00\+1/);
    expect(shiftProblem(hours('00:00', '00:00', true))).toBeNull(); // a 24-hour on-call
    expect(parseShiftText('22:00-06:00+1')).toEqual(hours('22:00', '06:00', true));
    expect(parseShiftText('24:00-06:00')).toBeNull();
  });
});

describe('pattern checks', () => {
  it('a weekly pattern has seven days', () => {
    expect(patternProblem('weekly', [OFF, OFF])).toBe('a weekly pattern has 7 days (Mon–Sun), not 2');
  });
  it('names a bad day and an overnight shift running into the next day, wrapping round the cycle', () => {
    expect(patternProblem('rotation', [work('09:00', '08:00')])).toMatch(/^day 1: end 08:00 is before start 09:00/);
    expect(patternProblem('rotation', [work('22:00', '07:00', true), work('06:00', '14:00')])).toBe(
      "day 1's overnight shift 22:00–07:00 +1 overlaps day 2's 06:00–14:00",
    );
    expect(patternProblem('rotation', [work('08:00', '16:00'), work('20:00', '09:00', true)])).toMatch(
      /^day 2's overnight shift .* overlaps day 1's/,
    );
    expect(patternProblem('rotation', [work('22:00', '06:00', true), SAME, OFF])).toBeNull();
  });
});
