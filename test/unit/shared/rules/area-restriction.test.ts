import { describe, expect, it } from 'vitest';
import { job, operative, place, violations } from './fixtures';

describe('area-restriction', () => {
  it('an operative with no areas may work anywhere', () => {
    expect(violations('area-restriction', { job: job({ area: 'S9' }), operative: operative({ areas: [] }) })).toEqual([]);
  });

  it('passes inside the listed areas', () => {
    expect(violations('area-restriction', { job: job({ area: 'N2' }), operative: operative({ areas: ['N1', 'N2'] }) })).toEqual([]);
  });

  it('blocks outside them, naming the job area and the allowed areas', () => {
    const j = job({ area: 'N4' });
    const cara = operative({ name: 'Cara', areas: ['N1', 'N2'] });
    expect(violations('area-restriction', { job: j, operative: cara })).toEqual([
      { ruleId: 'area-restriction', severity: 'hard', reason: `${j.ref} is in area N4; Cara works only in N1, N2` },
    ]);
    expect(place({ job: j, operative: cara }).status).toBe('blocked');
  });

  it('a job with no area cannot be assumed to be inside a restriction', () => {
    const j = job({ area: '' });
    expect(violations('area-restriction', { job: j, operative: operative({ areas: ['N1'] }) })[0]?.reason).toBe(
      `${j.ref} has no area recorded; Ali is restricted to N1`,
    );
  });
});
