import { describe, expect, it } from 'vitest';
import { job, operative, place, skills, violations } from './fixtures';

describe('trade-proficiency', () => {
  const ben = operative({ name: 'Ben', trades: skills({ GAS: 2, PLUMB: 4 }) });

  it('passes at or above the minimum', () => {
    expect(violations('trade-proficiency', { job: job({ trade: 'GAS', min_proficiency: 2 }), operative: ben })).toEqual([]);
    expect(violations('trade-proficiency', { job: job({ trade: 'PLUMB', min_proficiency: 3 }), operative: ben })).toEqual([]);
  });

  it('blocks a proficiency below the minimum, naming both levels', () => {
    const j = job({ trade: 'GAS', min_proficiency: 3 });
    const [v, ...rest] = violations('trade-proficiency', { job: j, operative: ben });
    expect(rest).toEqual([]);
    expect(v).toEqual({ ruleId: 'trade-proficiency', severity: 'hard', reason: `${j.ref} needs GAS ≥ 3; Ben has GAS 2` });
    expect(place({ job: j, operative: ben }).status).toBe('blocked');
  });

  it('blocks a missing trade', () => {
    const j = job({ trade: 'ELEC', min_proficiency: 1 });
    expect(violations('trade-proficiency', { job: j, operative: ben })[0]?.reason).toBe(`${j.ref} needs ELEC ≥ 1; Ben has no ELEC trade`);
  });
});
