import { describe, expect, it } from 'vitest';
import { RULES, RULES_BY_ID } from '../../../../shared/rules/registry';

const EXPECTED: Record<string, [owner: string, severity: string]> = {
  'trade-proficiency': ['planner', 'hard'],
  'competence-expiry': ['planner', 'hard'],
  'do-not-send': ['supervisor', 'hard'],
  'reduced-duties': ['supervisor', 'hard'],
  absence: ['supervisor', 'hard'],
  'working-day': ['planner', 'hard'],
  'shift-hours': ['planner', 'hard'],
  overtime: ['planner', 'soft'],
  'area-restriction': ['supervisor', 'hard'],
  'appointment-window': ['planner', 'hard'],
  dependencies: ['planner', 'hard'],
  'sla-breach': ['planner', 'soft'],
  'operative-retired': ['planner', 'hard'],
};

describe('RULES', () => {
  it('lists every rule once, with its owner and severity', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const r of RULES) expect([r.owner, r.severity], r.id).toEqual(EXPECTED[r.id]);
    expect(RULES_BY_ID.size).toBe(RULES.length);
  });

  it('ids are kebab-case; names and one-line descriptions are filled in', () => {
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.name.length).toBeGreaterThan(2);
      expect(r.description).toMatch(/^[A-Z].*\.$/);
      expect(r.description).not.toContain('\n');
    }
  });

  it('evaluates cheap stages first: day, then job, then plan', () => {
    const order = { day: 0, job: 1, plan: 2 };
    const stages = RULES.map((r) => order[r.stage]);
    expect(stages).toEqual([...stages].sort());
  });
});
