import { describe, expect, it } from 'vitest';
import { testWorld } from './test-world';
import { PlanIndex } from '../../../../shared/rules/plan-index';
import { TUE, entry, fixedTravel, job, operative, place } from './fixtures';

describe('evaluatePlacement', () => {
  it('ok when nothing objects, with the previewed plan', () => {
    const j = job({ duration_min: 60 });
    const r = place({ job: j });
    expect(r.status).toBe('ok');
    expect(r.violations).toEqual([]);
    expect(r.visit).toMatchObject({ ref: j.ref, start_min: 495, end_min: 555 });
    expect(r.plan.visits).toHaveLength(1);
  });

  it('reports every violated rule, not just the first', () => {
    const ben = operative({ name: 'Ben', trades: [{ trade: 'GAS', proficiency: 1 }], areas: ['S1'] });
    const r = place({ job: job({ min_proficiency: 3, area: 'N1' }), operative: ben, date: '2027-01-09' });
    expect(r.status).toBe('blocked');
    expect(r.violations.map((v) => v.ruleId)).toEqual(['working-day', 'trade-proficiency', 'area-restriction']);
  });

  it('soft only → warn', () => {
    expect(place({ job: job({ duration_min: 490 }) }).status).toBe('warn');
  });

  it('re-placing a job already in the day moves it rather than counting it twice', () => {
    const a = job({ duration_min: 240 });
    const b = job({ duration_min: 200 });
    const diary = [entry(a.ref, 0), entry(b.ref, 1)];
    // Counted twice, a would push the day past 17:00; moved, the day is 08:00–16:10.
    const r = place({ job: a, world: { jobs: [b] }, diary, opts: { index: 1 } });
    expect(r.plan.visits.map((v) => v.ref)).toEqual([b.ref, a.ref]);
    expect(r.violations.map((v) => v.ruleId)).toEqual(['overtime']);
  });

  it("keeps a moved job's booked start unless the call gives a new one", () => {
    const a = job();
    const diary = [entry(a.ref, 0, { start: '10:00' })];
    expect(place({ job: a, diary }).visit.start_min).toBe(600);
    expect(place({ job: a, diary, opts: { fixedStart: null } }).visit.start_min).toBe(495);
  });
});

describe('PlanIndex', () => {
  it('answers status like evaluate, and caches operative-days', () => {
    const ali = operative();
    const j = job({ duration_min: 490 });
    const world = testWorld({ jobs: [j], operatives: [ali], travel: fixedTravel(15) });
    const index = new PlanIndex(world, []);
    expect(index.status(j, ali, TUE)).toBe(1);
    expect(index.evaluate(j, ali, TUE).status).toBe('warn');
    expect(index.operativeDay(ali, TUE)).toBe(index.operativeDay(ali, TUE));
  });
});
