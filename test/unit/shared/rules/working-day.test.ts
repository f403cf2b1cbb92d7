import { describe, expect, it } from 'vitest';
import { job, operative, place, violations } from './fixtures';

describe('working-day', () => {
  it('passes on a rostered weekday', () => {
    expect(violations('working-day', { job: job(), date: '2027-01-05' })).toEqual([]);
  });

  it('blocks a day the operative does not work, naming the pattern', () => {
    expect(violations('working-day', { job: job(), date: '2027-01-09' })).toEqual([
      { ruleId: 'working-day', severity: 'hard', reason: 'Ali does not work on Saturdays (works Mon–Fri)' },
    ]);
    const partTime = operative({ name: 'Bea', working_days: ['Mon', 'Wed', 'Thu'] });
    expect(violations('working-day', { job: job(), operative: partTime, date: '2027-01-05' })[0]?.reason).toBe(
      'Bea does not work on Tuesdays (works Mon, Wed, Thu)',
    );
  });

  it('a Saturday worker may be placed on a Saturday', () => {
    const sat = operative({ working_days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] });
    expect(violations('working-day', { job: job(), operative: sat, date: '2027-01-09' })).toEqual([]);
  });

  it('a bank holiday is a hard "not working", named', () => {
    expect(violations('working-day', { job: job(), date: '2027-03-29' })).toEqual([
      { ruleId: 'working-day', severity: 'hard', reason: '29 Mar 2027 is a bank holiday (Easter Monday)' },
    ]);
    expect(place({ job: job(), date: '2027-03-29' }).status).toBe('blocked');
  });
});
