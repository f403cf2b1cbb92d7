import { describe, it, expect } from 'vitest';
import { DEFAULT_SLA_POLICY } from '../../../../shared/domain/schemas';
import type { SlaPolicy } from '../../../../shared/domain/types';
import { createCalendar } from '../../../../shared/calendar';
import { isBreached, slaDeadline, slaMinutesLeft, slaTargetFor } from '../../../../shared/sla';

const P = DEFAULT_SLA_POLICY;

describe('slaDeadline: working-day targets', () => {
  it('URGENT raised Thu 24 Dec 2026 skips Christmas, the Boxing Day substitute and New Year', () => {
    // Fri 25 (Christmas), Sat, Sun, Mon 28 (Boxing substitute) skipped;
    // Tue 29 = 1, Wed 30 = 2, Thu 31 = 3, Fri 1 Jan holiday, weekend, Mon 4 = 4, Tue 5 = 5.
    expect(slaDeadline('2026-12-24T10:00', 'URGENT', P)).toBe('2027-01-05T23:59');
  });

  it('counts from the next day and skips weekends', () => {
    expect(slaDeadline('2026-01-05T09:00', 'URGENT', P)).toBe('2026-01-12T23:59'); // Mon → Mon
    expect(slaDeadline('2026-01-10T09:00', 'URGENT', P)).toBe('2026-01-16T23:59'); // Sat → Mon is day 1
    expect(slaDeadline('2026-01-05T23:59', 'URGENT', P)).toBe('2026-01-12T23:59'); // late in the day still counts from tomorrow
  });

  it('uses the UK local date of raisal, not the UTC date', () => {
    // 23:30Z on Mon 6 Jul 2026 is 00:30 BST on Tue 7 Jul: counting starts Wed 8.
    expect(slaDeadline('2026-07-06T23:30:00Z', 'URGENT', P)).toBe('2026-07-14T23:59');
    expect(slaDeadline('2026-07-06T22:30:00Z', 'URGENT', P)).toBe('2026-07-13T23:59');
  });

  it('skips Easter 2026 for ROUTINE (20 working days)', () => {
    // From Wed 1 Apr 2026: Good Friday 3 Apr, Easter Monday 6 Apr and Early May 4 May are skipped.
    expect(slaDeadline('2026-04-01T10:00', 'ROUTINE', P)).toBe('2026-05-01T23:59');
  });

  it('rounds a fractional working-day target up to the end of a whole day', () => {
    const policy: SlaPolicy = { categories: [{ priority: 'R2R', unit: 'working_days', value: 0.5 }] };
    expect(slaDeadline('2026-01-05T10:00', 'R2R', policy)).toBe('2026-01-06T23:59');
  });

  it('honours a custom calendar', () => {
    const cal = createCalendar({ holidays: [{ date: '2026-01-06', name: 'Closure' }], firstDate: '2026-01-01', lastDate: '2026-01-31' });
    const policy: SlaPolicy = { categories: [{ priority: 'X', unit: 'working_days', value: 1 }] };
    expect(slaDeadline('2026-01-05T10:00', 'X', policy, cal)).toBe('2026-01-07T23:59');
  });

  it('throws when the deadline runs beyond the calendar', () => {
    expect(() => slaDeadline('2028-12-01T10:00', 'ROUTINE', P)).toThrow(
      /beyond the end of the working calendar \(2026-01-01 to 2028-12-31\)/,
    );
  });
});

describe('slaDeadline: hour targets', () => {
  it('EMERGENCY 24 h across the spring clock change is 24 real hours', () => {
    // Sat 28 Mar 2026 12:00 GMT + 24 h = Sun 29 Mar 12:00 UTC = 13:00 BST.
    expect(slaDeadline('2026-03-28T12:00Z', 'EMERGENCY', P)).toBe('2026-03-29T13:00');
    expect(slaDeadline('2026-03-28T12:00', 'EMERGENCY', P)).toBe('2026-03-29T13:00');
  });

  it('EMERGENCY 24 h across the autumn clock change', () => {
    // Sat 24 Oct 2026 12:00 BST (11:00Z) + 24 h = 25 Oct 11:00 UTC = 11:00 GMT.
    expect(slaDeadline('2026-10-24T12:00:00+01:00', 'EMERGENCY', P)).toBe('2026-10-25T11:00');
  });

  it('ignores weekends and bank holidays for hour targets', () => {
    expect(slaDeadline('2026-12-24T18:00', 'EMERGENCY', P)).toBe('2026-12-25T18:00');
  });

  it('allows fractional hours and works past the calendar range', () => {
    const policy: SlaPolicy = { categories: [{ priority: 'MAKE_SAFE', unit: 'hours', value: 2.5 }] };
    expect(slaDeadline('2026-06-01T22:00', 'MAKE_SAFE', policy)).toBe('2026-06-02T00:30');
    expect(slaDeadline('2029-06-01T09:15', 'MAKE_SAFE', policy)).toBe('2029-06-01T11:45');
  });

  it('reports offsets in the input correctly', () => {
    expect(slaDeadline('2026-01-15T10:00:00-05:00', 'EMERGENCY', P)).toBe('2026-01-16T15:00');
  });
});

describe('slaDeadline: bad input', () => {
  it('throws for an unknown priority', () => {
    expect(() => slaDeadline('2026-01-05T10:00', 'WHENEVER', P)).toThrow('no SLA target for priority "WHENEVER"');
    expect(() => slaTargetFor('urgent', P)).toThrow('no SLA target for priority "urgent"');
  });

  it('throws for a raised_at that is not ISO 8601', () => {
    expect(() => slaDeadline('05/01/2026 10:00', 'URGENT', P)).toThrow('raised_at "05/01/2026 10:00" is not an ISO 8601 date-time');
  });
});

describe('slaMinutesLeft and isBreached', () => {
  it('counts minutes left, negative once breached', () => {
    expect(slaMinutesLeft('2026-01-12T23:59', '2026-01-12T22:59')).toBe(60);
    expect(slaMinutesLeft('2026-01-12T23:59', '2026-01-12T23:59')).toBe(0);
    expect(slaMinutesLeft('2026-01-12T23:59', '2026-01-13T00:09')).toBe(-10);
    expect(slaMinutesLeft('2026-01-13T09:00', '2026-01-12T09:00')).toBe(24 * 60);
  });

  it('measures real elapsed minutes across a clock change', () => {
    const deadline = slaDeadline('2026-03-28T12:00', 'EMERGENCY', P);
    expect(slaMinutesLeft(deadline, '2026-03-28T12:00')).toBe(24 * 60);
  });

  it('rejects a malformed deadline or now', () => {
    expect(() => slaMinutesLeft('soon', '2026-01-12T22:59')).toThrow('deadline "soon" is not an ISO 8601 date-time');
    expect(() => slaMinutesLeft('2026-01-12T23:59', 'now')).toThrow('now "now" is not an ISO 8601 date-time');
  });

  it('breaches only when finishing after the deadline', () => {
    expect(isBreached('2026-01-12T23:59', '2026-01-12', '23:59')).toBe(false);
    expect(isBreached('2026-01-12T23:59', '2026-01-12', '16:00')).toBe(false);
    expect(isBreached('2026-01-12T23:59', '2026-01-13', '08:00')).toBe(true);
    expect(isBreached('2026-03-29T13:00', '2026-03-29', '13:01')).toBe(true);
    expect(() => isBreached('2026-01-12T23:59', '2026-01-13', '8:00')).toThrow(/not a time HH:MM/);
  });
});
