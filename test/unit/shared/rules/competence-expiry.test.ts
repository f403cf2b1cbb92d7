import { describe, expect, it } from 'vitest';
import { job, operative, place, violations } from './fixtures';

describe('competence-expiry', () => {
  const cara = operative({
    name: 'Cara',
    competences: [
      { code: 'GAS_SAFE', expires: '2026-12-31' },
      { code: 'HEIGHT', expires: null },
      { code: 'ASBESTOS', expires: '2027-01-04' },
    ],
  });

  it('passes when every competence is held and valid (null = never expires)', () => {
    expect(violations('competence-expiry', { job: job({ competences: ['HEIGHT'] }), operative: cara, date: '2027-01-04' })).toEqual([]);
    expect(violations('competence-expiry', { job: job({ competences: [] }), operative: cara })).toEqual([]);
  });

  it('a certificate is valid through its expiry date', () => {
    expect(violations('competence-expiry', { job: job({ competences: ['ASBESTOS'] }), operative: cara, date: '2027-01-04' })).toEqual([]);
  });

  it('blocks an expired certificate, naming the expiry and the job date', () => {
    const [v] = violations('competence-expiry', { job: job({ competences: ['GAS_SAFE'] }), operative: cara, date: '2027-01-04' });
    expect(v).toEqual({
      ruleId: 'competence-expiry',
      severity: 'hard',
      reason: "Cara's GAS_SAFE certificate expired on 31 Dec 2026; job date 4 Jan 2027",
    });
  });

  it('blocks a competence not held, and reports every gap', () => {
    const j = job({ competences: ['CONFINED', 'GAS_SAFE', 'HEIGHT'] });
    const vs = violations('competence-expiry', { job: j, operative: cara, date: '2027-01-05' });
    expect(vs.map((v) => v.reason)).toEqual([
      `${j.ref} needs CONFINED; Cara does not hold CONFINED`,
      "Cara's GAS_SAFE certificate expired on 31 Dec 2026; job date 5 Jan 2027",
    ]);
    expect(place({ job: j, operative: cara }).status).toBe('blocked');
  });

  it('a renewed certificate listed twice counts at its latest expiry', () => {
    const renewed = operative({
      competences: [
        { code: 'GAS_SAFE', expires: '2026-12-31' },
        { code: 'GAS_SAFE', expires: '2027-12-31' },
      ],
    });
    expect(violations('competence-expiry', { job: job({ competences: ['GAS_SAFE'] }), operative: renewed })).toEqual([]);
  });
});
