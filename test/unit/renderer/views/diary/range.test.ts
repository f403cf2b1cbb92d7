// The dates the board shows for a focus date: a day, its Monday-to-Sunday week, two weeks, or a
// custom range of up to 14 days; and where Previous/Next go.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf } from '../../../../../shared/calendar';
import { MAX_DAYS, clampCustomEnd, isSpan, mondayOf, rangeFor, stepFocus } from '../../../../../renderer/src/views/diary/range';

const anyDate = fc.integer({ min: 0, max: 3 * 365 - 20 }).map((n) => addDays('2026-01-01', n));

describe('board range', () => {
  it('day, week, two weeks and custom for Tue 5 Jan 2027', () => {
    expect(rangeFor('day', '2027-01-05')).toMatchObject({ from: '2027-01-05', to: '2027-01-05', dates: ['2027-01-05'] });
    expect(rangeFor('week', '2027-01-05')).toMatchObject({ from: '2027-01-04', to: '2027-01-10' });
    expect(rangeFor('fortnight', '2027-01-05')).toMatchObject({ from: '2027-01-04', to: '2027-01-17' });
    expect(rangeFor('custom', '2027-01-05', '2027-01-08').dates).toEqual(['2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']);
  });

  it('a week is always Monday to Sunday around the focus date, across month and year ends', () => {
    fc.assert(
      fc.property(anyDate, (focus) => {
        const r = rangeFor('week', focus);
        expect(weekdayOf(r.from)).toBe('Mon');
        expect(r.dates).toHaveLength(7);
        expect(r.dates).toContain(focus);
        expect(mondayOf(focus)).toBe(r.from);
      }),
    );
  });

  it('a custom range starts at the focus date and runs 1 to 14 days; a bad or missing end means a week', () => {
    expect(clampCustomEnd('2027-01-05', null)).toBe('2027-01-11');
    expect(clampCustomEnd('2027-01-05', 'next week')).toBe('2027-01-11');
    expect(clampCustomEnd('2027-01-05', '2027-01-01')).toBe('2027-01-11');
    expect(clampCustomEnd('2027-01-05', '2027-03-01')).toBe('2027-01-18');
    fc.assert(
      fc.property(anyDate, fc.option(fc.integer({ min: -30, max: 60 }), { nil: null }), (focus, offset) => {
        const r = rangeFor('custom', focus, offset === null ? null : addDays(focus, offset));
        expect(r.from).toBe(focus);
        expect(r.dates.length).toBeGreaterThanOrEqual(1);
        expect(r.dates.length).toBeLessThanOrEqual(MAX_DAYS);
        if (offset !== null && offset >= 0 && offset < MAX_DAYS) expect(daysBetween(r.from, r.to)).toBe(offset);
      }),
    );
  });

  it('Previous and Next move by the length shown (a custom range from its start)', () => {
    const week = rangeFor('week', '2027-01-06');
    expect(stepFocus(week, '2027-01-06', 1)).toBe('2027-01-13');
    expect(stepFocus(rangeFor('day', '2027-01-06'), '2027-01-06', -1)).toBe('2027-01-05');
    expect(stepFocus(rangeFor('fortnight', '2027-01-06'), '2027-01-06', 1)).toBe('2027-01-20');
    const custom = rangeFor('custom', '2027-01-06', '2027-01-08');
    expect(stepFocus(custom, '2027-01-06', 1)).toBe('2027-01-09');
    fc.assert(
      fc.property(anyDate, fc.constantFrom('day', 'week', 'fortnight', 'custom' as const), (focus, span) => {
        const r = rangeFor(span, focus);
        expect(stepFocus(rangeFor(span, stepFocus(r, focus, 1)), stepFocus(r, focus, 1), -1)).toBe(span === 'custom' ? r.from : focus);
      }),
    );
  });

  it('knows its spans', () => {
    expect(['day', 'week', 'fortnight', 'custom'].every(isSpan)).toBe(true);
    expect(isSpan('month')).toBe(false);
    expect(isSpan(null)).toBe(false);
  });
});
