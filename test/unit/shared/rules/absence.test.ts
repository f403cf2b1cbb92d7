import { describe, expect, it } from 'vitest';
import type { Absence } from '../../../../shared/domain/types';
import { absenceOf, job, operative, place, violations } from './fixtures';

const dan = operative({ id: 'dan', name: 'Dan' });
const away = (over: Partial<Absence>): Absence => absenceOf('dan', { to: '2027-01-09', ...over });

describe('absence', () => {
  it('blocks any date inside the range, inclusive, naming the range and reason', () => {
    const world = { absences: [away({})] };
    for (const date of ['2027-01-05', '2027-01-07']) {
      expect(violations('absence', { job: job(), operative: dan, world, date })).toEqual([
        { ruleId: 'absence', severity: 'hard', reason: 'Dan is absent 5–9 Jan 2027 (annual leave)' },
      ]);
    }
    expect(place({ job: job(), operative: dan, world, date: '2027-01-05' }).status).toBe('blocked');
  });

  it('passes outside the range', () => {
    const world = { absences: [away({})] };
    expect(violations('absence', { job: job(), operative: dan, world, date: '2027-01-04' })).toEqual([]);
    expect(violations('absence', { job: job(), operative: dan, world, date: '2027-01-11' })).toEqual([]);
  });

  it('words single days, month-spanning ranges and blank reasons', () => {
    const one = { absences: [away({ from: '2027-01-05', to: '2027-01-05', reason: '', kind: 'sickness' })] };
    expect(violations('absence', { job: job(), operative: dan, world: one })[0]?.reason).toBe('Dan is absent on 5 Jan 2027 (sickness)');
    const span = { absences: [away({ from: '2026-12-29', to: '2027-01-06', reason: 'Christmas leave' })] };
    expect(violations('absence', { job: job(), operative: dan, world: span })[0]?.reason).toBe(
      'Dan is absent 29 Dec 2026 – 6 Jan 2027 (Christmas leave)',
    );
  });

  it("ignores other operatives' absences", () => {
    expect(violations('absence', { job: job(), operative: dan, world: { absences: [away({ operative_id: 'eve' })] } })).toEqual([]);
  });
});
