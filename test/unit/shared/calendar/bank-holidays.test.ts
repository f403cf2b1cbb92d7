import { describe, it, expect } from 'vitest';
import { CALENDAR_FIRST_DATE, CALENDAR_LAST_DATE, ENGLAND_WALES_BANK_HOLIDAYS } from '../../../../shared/calendar/bank-holidays';
import { addDays, weekdayOf } from '../../../../shared/calendar/dates';

const dates = ENGLAND_WALES_BANK_HOLIDAYS.map((h) => h.date);

// Anonymous Gregorian algorithm: an independent check on the hand-entered Easter dates.
function easterSunday(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function nameOn(date: string): string | undefined {
  return ENGLAND_WALES_BANK_HOLIDAYS.find((h) => h.date === date)?.name;
}

describe('England & Wales bank holidays', () => {
  it('covers 2026–2028 with the advertised range', () => {
    expect(CALENDAR_FIRST_DATE).toBe('2026-01-01');
    expect(CALENDAR_LAST_DATE).toBe('2028-12-31');
    for (const d of dates) {
      expect(d >= CALENDAR_FIRST_DATE && d <= CALENDAR_LAST_DATE).toBe(true);
    }
  });

  it('has exactly 8 bank holidays in each year', () => {
    for (const year of ['2026', '2027', '2028']) {
      expect(dates.filter((d) => d.startsWith(year))).toHaveLength(8);
    }
  });

  it('is sorted, unique, and every holiday falls Monday to Friday', () => {
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const d of dates) expect(['Sat', 'Sun']).not.toContain(weekdayOf(d));
  });

  it('lists the exact published dates', () => {
    expect(dates).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
      '2028-01-03',
      '2028-04-14',
      '2028-04-17',
      '2028-05-01',
      '2028-05-29',
      '2028-08-28',
      '2028-12-25',
      '2028-12-26',
    ]);
  });

  it('puts Good Friday and Easter Monday around the computed Easter Sunday', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    for (const y of [2026, 2027, 2028]) {
      expect(nameOn(addDays(easterSunday(y), -2))).toBe('Good Friday');
      expect(nameOn(addDays(easterSunday(y), 1))).toBe('Easter Monday');
    }
  });

  it('places the Monday holidays by rule: first Mon May, last Mon May, last Mon Aug', () => {
    for (const y of [2026, 2027, 2028]) {
      const inYear = ENGLAND_WALES_BANK_HOLIDAYS.filter((h) => h.date.startsWith(String(y)));
      const early = inYear.find((h) => h.name === 'Early May bank holiday')!.date;
      const spring = inYear.find((h) => h.name === 'Spring bank holiday')!.date;
      const summer = inYear.find((h) => h.name === 'Summer bank holiday')!.date;
      for (const d of [early, spring, summer]) expect(weekdayOf(d)).toBe('Mon');
      expect(early.slice(5, 7)).toBe('05');
      expect(addDays(early, -7).slice(5, 7)).toBe('04'); // first Monday of May
      expect(addDays(spring, 7).slice(5, 7)).toBe('06'); // last Monday of May
      expect(summer.slice(5, 7)).toBe('08');
      expect(addDays(summer, 7).slice(5, 7)).toBe('09'); // last Monday of August
    }
  });

  it('substitutes weekend Christmas, Boxing Day and New Year with the next weekdays', () => {
    expect(nameOn('2026-12-28')).toBe('Boxing Day (substitute day)'); // 26 Dec 2026 is a Saturday
    expect(nameOn('2027-12-27')).toBe('Christmas Day (substitute day)');
    expect(nameOn('2027-12-28')).toBe('Boxing Day (substitute day)');
    expect(nameOn('2028-01-03')).toBe("New Year's Day (substitute day)");
    expect(nameOn('2028-01-01')).toBeUndefined();
    expect(nameOn('2028-12-25')).toBe('Christmas Day');
    expect(nameOn('2028-12-26')).toBe('Boxing Day');
  });
});
