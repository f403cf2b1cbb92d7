import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../../shared/domain/types';
import { flagOn, job, operative, place, skills, violations } from './fixtures';

const cara = operative({ id: 'cara', name: 'Cara', trades: skills({ GAS: 5, ROOF: 5 }) });
const flag = (over: Partial<Flag>): Flag => flagOn('cara', 'DO_NOT_SEND', over);

describe('do-not-send', () => {
  it('blocks work in a flagged trade, naming scope, review date and who set it', () => {
    const f = flag({ scope: 'trade:GAS', until: '2027-03-03', note: 'gas near-miss under investigation' });
    const [v] = violations('do-not-send', { job: job({ trade: 'GAS' }), operative: cara, world: { flags: [f] } });
    expect(v).toEqual({
      ruleId: 'do-not-send',
      severity: 'hard',
      reason: 'Do not send Cara to GAS work until review on 3 Mar 2027 (set by Sue): gas near-miss under investigation',
    });
  });

  it('matches competence, area and job scopes', () => {
    const world = { flags: [flag({ scope: 'competence:HEIGHT' }), flag({ scope: 'area:E2' }), flag({ scope: 'job:J-77' })] };
    expect(violations('do-not-send', { job: job({ trade: 'ROOF', competences: ['HEIGHT'] }), operative: cara, world })[0]?.reason).toBe(
      'Do not send Cara to work needing HEIGHT with no review date (set by Sue)',
    );
    expect(violations('do-not-send', { job: job({ trade: 'ROOF', area: 'E2' }), operative: cara, world })[0]?.reason).toContain(
      'to area E2',
    );
    expect(violations('do-not-send', { job: job({ ref: 'J-77', trade: 'ROOF' }), operative: cara, world })[0]?.reason).toContain(
      'to job J-77',
    );
    expect(violations('do-not-send', { job: job({ trade: 'ROOF', area: 'N1' }), operative: cara, world })).toEqual([]);
  });

  it('holds through the review date and lapses after it', () => {
    const world = { flags: [flag({ until: '2027-01-05' })] };
    expect(violations('do-not-send', { job: job(), operative: cara, world, date: '2027-01-05' })).toHaveLength(1);
    expect(violations('do-not-send', { job: job(), operative: cara, world, date: '2027-01-06' })).toEqual([]);
  });

  it("ignores reduced-duties flags and other operatives' flags", () => {
    const world = { flags: [flag({ flag: 'REDUCED_DUTIES' }), flag({ operative_id: 'someone-else' })] };
    expect(violations('do-not-send', { job: job(), operative: cara, world })).toEqual([]);
  });

  it('is a supervisor hard block', () => {
    expect(place({ job: job(), operative: cara, world: { flags: [flag({})] } }).status).toBe('blocked');
  });
});
