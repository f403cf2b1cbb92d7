import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../../shared/domain/types';
import { flagOn, job, operative, place, skills, violations } from './fixtures';

const dan = operative({ id: 'dan', name: 'Dan', trades: skills({ ROOF: 4, PLUMB: 4 }) });
const flag = (over: Partial<Flag>): Flag =>
  flagOn('dan', 'REDUCED_DUTIES', { scope: 'competence:HEIGHT', until: '2027-03-03', note: 'back injury', ...over });

describe('reduced-duties', () => {
  it('blocks work needing a restricted competence, naming it and the review date', () => {
    const [v] = violations('reduced-duties', {
      job: job({ trade: 'ROOF', competences: ['HEIGHT'] }),
      operative: dan,
      world: { flags: [flag({})] },
    });
    expect(v).toEqual({
      ruleId: 'reduced-duties',
      severity: 'hard',
      reason: 'Dan is on reduced duties, no work needing HEIGHT until review on 3 Mar 2027 (set by Sue): back injury',
    });
  });

  it('blocks a restricted work type (trade scope)', () => {
    const world = { flags: [flag({ scope: 'trade:ROOF', until: null, note: '' })] };
    expect(violations('reduced-duties', { job: job({ trade: 'ROOF' }), operative: dan, world })[0]?.reason).toBe(
      'Dan is on reduced duties, no ROOF work with no review date (set by Sue)',
    );
  });

  it('allows other work while on reduced duties', () => {
    const world = { flags: [flag({})] };
    expect(violations('reduced-duties', { job: job({ trade: 'PLUMB' }), operative: dan, world })).toEqual([]);
    expect(place({ job: job({ trade: 'PLUMB' }), operative: dan, world }).status).toBe('ok');
  });

  it('lapses after the review date', () => {
    const world = { flags: [flag({ until: '2027-01-04' })] };
    expect(violations('reduced-duties', { job: job({ trade: 'ROOF', competences: ['HEIGHT'] }), operative: dan, world })).toEqual([]);
  });
});
