import { describe, expect, it } from 'vitest';
import { entry, job, operative, place, violations } from './fixtures';

describe('dependencies', () => {
  it('passes with no links', () => {
    expect(violations('dependencies', { job: job() })).toEqual([]);
  });

  it('blocks when a predecessor is not placed, naming it', () => {
    const pred = job({ ref: 'J-100' });
    const succ = job({ ref: 'J-101', depends_on: [{ ref: 'J-100', lag_min: 0 }] });
    expect(violations('dependencies', { job: succ, world: { jobs: [pred] } })).toEqual([
      { ruleId: 'dependencies', severity: 'hard', reason: 'J-101 depends on J-100, which is not in the diary yet' },
    ]);
    expect(place({ job: succ, world: { jobs: [pred] } }).status).toBe('blocked');
  });

  it('passes when the predecessor finished on an earlier day', () => {
    const pred = job({ ref: 'J-200' });
    const succ = job({ ref: 'J-201', depends_on: [{ ref: 'J-200', lag_min: 120 }] });
    const placements = { 'J-200': { operative_id: 'bob', date: '2027-01-04', start: '09:00', end: '15:00' } };
    expect(violations('dependencies', { job: succ, world: { jobs: [pred], placements } })).toEqual([]);
  });

  it('blocks starting before predecessor finish + lag, naming the times', () => {
    const pred = job({ ref: 'J-300' }); // in Ali's diary: 08:15–09:15
    const succ = job({ ref: 'J-301' }); // appended: arrives 09:30
    const world = { jobs: [pred], dependencies: [{ pred_ref: 'J-300', succ_ref: 'J-301', lag_min: 120 }] };
    expect(violations('dependencies', { job: succ, world, diary: [entry('J-300', 0)] })).toEqual([
      {
        ruleId: 'dependencies',
        severity: 'hard',
        reason:
          'J-301 must wait for J-300 to finish plus 2 h lag: J-300 ends 5 Jan 2027 09:15, ' +
          'so J-301 can start from 5 Jan 2027 11:15, not 5 Jan 2027 09:30',
      },
    ]);
    // No lag: 09:30 is after 09:15.
    const noLag = { jobs: [pred], dependencies: [{ pred_ref: 'J-300', succ_ref: 'J-301', lag_min: 0 }] };
    expect(violations('dependencies', { job: succ, world: noLag, diary: [entry('J-300', 0)] })).toEqual([]);
  });

  it("reads a predecessor's times from another operative's diary", () => {
    const bob = operative({ id: 'bob', name: 'Bob', shift_start: '10:00', shift_end: '18:00' });
    const pred = job({ ref: 'J-400', duration_min: 240 }); // Bob: 10:15–14:15
    const succ = job({ ref: 'J-401', depends_on: [{ ref: 'J-400', lag_min: 0 }] });
    const world = { jobs: [pred], operatives: [bob] };
    const diary = [entry('J-400', 0, { operative_id: 'bob' })];
    expect(violations('dependencies', { job: succ, world, diary })[0]?.reason).toContain('J-400 ends 5 Jan 2027 14:15');
    expect(violations('dependencies', { job: succ, world, diary, opts: { fixedStart: '14:15' } })).toEqual([]);
  });

  it('blocks moving a predecessor after a successor already in the diary', () => {
    const pred = job({ ref: 'J-500' });
    const succ = job({ ref: 'J-501', depends_on: [{ ref: 'J-500', lag_min: 30 }] });
    const placements = { 'J-501': { operative_id: 'bob', date: '2027-01-05', start: '09:00', end: '10:00' } };
    expect(violations('dependencies', { job: pred, world: { jobs: [succ], placements } })).toEqual([
      {
        ruleId: 'dependencies',
        severity: 'hard',
        reason: 'J-501 depends on J-500 plus 30 min lag: J-500 would end 5 Jan 2027 09:15, but J-501 is booked to start 5 Jan 2027 09:00',
      },
    ]);
  });
});
