import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../../shared/domain/types';
import { criticalPath, localToAbs, type CpmJob } from '../../../../shared/graph';
import { PlanIndex } from '../../../../shared/rules/plan-index';
import { testWorld } from '../rules/test-world';
import { fixedTravel, job, operative } from '../rules/fixtures';

const link = (pred_ref: string, succ_ref: string, lag_min = 0): Dependency => ({ pred_ref, succ_ref, lag_min });
const un = (ref: string, duration_min: number, release_abs?: number): CpmJob => ({
  ref,
  duration_min,
  ...(release_abs !== undefined ? { release_abs } : {}),
});
const at = (local: string) => localToAbs(local);

describe('criticalPath', () => {
  it('times unscheduled jobs as soon as possible, with lags, and finds the zero-slack path', () => {
    // A(60) → B(120, lag 30) → D(60); A → C(30) → D.
    const r = criticalPath({
      jobs: [un('A', 60), un('B', 120), un('C', 30), un('D', 60)],
      links: [link('A', 'B', 30), link('B', 'D'), link('A', 'C'), link('C', 'D')],
      planStartAbs: 0,
    });
    const t = (ref: string) => r.jobs.get(ref)!;
    expect([t('A').start_abs, t('A').end_abs]).toEqual([0, 60]);
    expect([t('B').start_abs, t('B').end_abs]).toEqual([90, 210]);
    expect([t('C').start_abs, t('C').end_abs]).toEqual([60, 90]);
    expect([t('D').start_abs, t('D').end_abs]).toEqual([210, 270]);
    expect(['A', 'B', 'C', 'D'].map((x) => t(x).slack_min)).toEqual([0, 0, 120, 0]);
    expect(['A', 'B', 'C', 'D'].map((x) => t(x).critical)).toEqual([true, true, false, true]);
    expect(r.chains).toEqual([{ id: 'A', refs: ['A', 'B', 'C', 'D'], start_abs: 0, end_abs: 270, critical: ['A', 'B', 'D'] }]);
  });

  it('a lag alone can make the longer-looking branch the slack one', () => {
    // B is long but C's lag is longer still.
    const r = criticalPath({
      jobs: [un('A', 60), un('B', 120), un('C', 30), un('D', 60)],
      links: [link('A', 'B'), link('B', 'D'), link('A', 'C', 240), link('C', 'D')],
      planStartAbs: 0,
    });
    expect(r.chains[0]!.critical).toEqual(['A', 'C', 'D']);
    expect(r.jobs.get('B')!.slack_min).toBe(150); // D waits for C until 330; B could finish then
  });

  it('uses diary slots: a job starts at the later of its slot and its predecessors, and keeps its length', () => {
    const r = criticalPath({
      jobs: [
        { ref: 'A', duration_min: 60, slot: { start_abs: at('2027-01-05T09:00'), end_abs: at('2027-01-05T10:00') } },
        // Booked 09:30, but A ends 10:00: it starts 10:00 and still takes its 2 h slot.
        { ref: 'B', duration_min: 120, slot: { start_abs: at('2027-01-05T09:30'), end_abs: at('2027-01-05T11:30') } },
        // Booked two days later: the chain's finish, so critical; A and B gain slack.
        { ref: 'C', duration_min: 60, slot: { start_abs: at('2027-01-07T09:00'), end_abs: at('2027-01-07T10:00') } },
      ],
      links: [link('A', 'B'), link('B', 'C')],
      planStartAbs: at('2027-01-04T08:00'),
    });
    const b = r.jobs.get('B')!;
    expect([b.start_abs, b.end_abs]).toEqual([at('2027-01-05T10:00'), at('2027-01-05T12:00')]);
    expect(b.scheduled).toBe(true);
    expect(r.jobs.get('C')!).toMatchObject({ critical: true, slack_min: 0 });
    expect(b.slack_min).toBe(at('2027-01-07T09:00') - at('2027-01-05T12:00'));
    expect(r.jobs.get('A')!.slack_min).toBe(b.slack_min);
    expect(r.chains[0]!.critical).toEqual(['C']);
    // Whatever the diary says, the chain could finish by 4 Jan 12:00 (ASAP from the plan start).
    expect(r.jobs.get('C')!.earliest_finish_abs).toBe(at('2027-01-04T12:00'));
  });

  it('times slots from operatives’ real day plans (PlanIndex.placementOf)', () => {
    const ali = operative({ id: 'ali', shift_start: '08:00', shift_end: '16:00' });
    const bob = operative({ id: 'bob', shift_start: '08:00', shift_end: '16:00' });
    const a = job({ ref: 'CP-A', duration_min: 60 });
    const b = job({ ref: 'CP-B', duration_min: 90 });
    const c = job({ ref: 'CP-C', duration_min: 30 });
    const world = testWorld({
      jobs: [a, b, c],
      operatives: [ali, bob],
      travel: fixedTravel(15),
      dependencies: [link('CP-A', 'CP-B', 60), link('CP-A', 'CP-C')],
    });
    const diary = [
      { job_ref: 'CP-A', operative_id: 'ali', date: '2027-01-05', start: null, sequence: 0, pinned: false }, // 08:15–09:15
      { job_ref: 'CP-B', operative_id: 'bob', date: '2027-01-05', start: '13:00', sequence: 0, pinned: false }, // 13:00–14:30
    ];
    const index = new PlanIndex(world, diary);
    const jobs: CpmJob[] = [a, b, c].map((j) => {
      const p = index.placementOf(j.ref);
      return { ref: j.ref, duration_min: j.duration_min, slot: p ? { start_abs: p.start_abs, end_abs: p.end_abs } : null };
    });
    const r = criticalPath({ jobs, links: world.dependencies, planStartAbs: at('2027-01-05T08:00') });
    expect(r.jobs.get('CP-A')).toMatchObject({ start_abs: at('2027-01-05T08:15'), end_abs: at('2027-01-05T09:15') });
    expect(r.jobs.get('CP-B')).toMatchObject({ start_abs: at('2027-01-05T13:00'), end_abs: at('2027-01-05T14:30'), critical: true });
    // C is unscheduled: as soon as A finishes; it has until the chain ends at 14:30.
    expect(r.jobs.get('CP-C')).toMatchObject({ scheduled: false, start_abs: at('2027-01-05T09:15'), end_abs: at('2027-01-05T09:45') });
    expect(r.jobs.get('CP-C')!.slack_min).toBe(at('2027-01-05T14:00') - at('2027-01-05T09:15'));
    // A could finish as late as 12:00 (B's slot less the 60-minute lag).
    expect(r.jobs.get('CP-A')!.latest_end_abs).toBe(at('2027-01-05T12:00'));
    expect(r.chains[0]!.critical).toEqual(['CP-B']);
  });

  it('unscheduled jobs start no earlier than the plan start or their release time', () => {
    const r = criticalPath({
      jobs: [un('A', 60), un('B', 60, 500)],
      links: [link('A', 'B')],
      planStartAbs: 100,
    });
    expect(r.jobs.get('A')).toMatchObject({ start_abs: 100, end_abs: 160 });
    expect(r.jobs.get('B')).toMatchObject({ start_abs: 500, end_abs: 560, critical: true });
    expect(r.jobs.get('A')!.slack_min).toBe(340);
  });

  it('a job with no links is in no chain and never critical; chains are separate projects', () => {
    const r = criticalPath({
      jobs: [un('A', 60), un('B', 60), un('X', 600), un('P', 10), un('Q', 10)],
      links: [link('A', 'B'), link('P', 'Q')],
      planStartAbs: 0,
    });
    expect(r.jobs.get('X')).toMatchObject({ chain: null, slack_min: null, critical: false });
    // The long lone job X does not lend P→Q slack: each chain ends at its own finish.
    expect(r.jobs.get('P')).toMatchObject({ chain: 'P', slack_min: 0, critical: true });
    expect(r.chains.map((c) => [c.id, c.end_abs])).toEqual([
      ['A', 120],
      ['P', 20],
    ]);
  });

  it('ignores links to jobs it was not given (e.g. finished predecessors)', () => {
    const r = criticalPath({ jobs: [un('B', 60)], links: [link('DONE', 'B', 30)], planStartAbs: 0 });
    expect(r.jobs.get('B')).toMatchObject({ chain: null, start_abs: 0 });
    expect(r.chains).toEqual([]);
  });

  it('a job planned to finish after its SLA deadline has negative slack, and so do the jobs that hold it up', () => {
    // A(60) → B(60), both placed; B is due at 09:30 but booked 10:00–11:00: 90 minutes late.
    const r = criticalPath({
      jobs: [
        { ref: 'A', duration_min: 60, slot: { start_abs: at('2027-01-05T08:00'), end_abs: at('2027-01-05T09:00') } },
        {
          ref: 'B',
          duration_min: 60,
          slot: { start_abs: at('2027-01-05T10:00'), end_abs: at('2027-01-05T11:00') },
          deadline_abs: at('2027-01-05T09:30'),
        },
      ],
      links: [link('A', 'B')],
      planStartAbs: at('2027-01-04T00:00'),
    });
    expect(r.jobs.get('B')).toMatchObject({ slack_min: -90, critical: true, latest_end_abs: at('2027-01-05T09:30') });
    // A must end by 08:30 for B to start in time: it is 30 minutes late too.
    expect(r.jobs.get('A')).toMatchObject({ slack_min: -30, critical: true });
    expect(r.chains[0]!.critical).toEqual(['A', 'B']);
  });

  it('a deadline later than the chain finish changes nothing; an earlier one on a branch takes its slack away', () => {
    // A(60) → B(120) → D(60); A → C(30) → D. C would have 90 minutes of slack…
    const base = [un('A', 60), un('B', 120), un('C', 30), un('D', 60)];
    const links = [link('A', 'B'), link('B', 'D'), link('A', 'C'), link('C', 'D')];
    const free = criticalPath({ jobs: base, links, planStartAbs: 0 });
    expect(free.jobs.get('C')!.slack_min).toBe(90);
    const far = criticalPath({ jobs: base.map((j) => ({ ...j, deadline_abs: 10_000 })), links, planStartAbs: 0 });
    expect([...far.jobs.values()].map((t) => [t.ref, t.slack_min])).toEqual([...free.jobs.values()].map((t) => [t.ref, t.slack_min]));
    // …but due at minute 100 it has 10, and is still not critical; due at 90 it has none and is.
    const due = (d: number) =>
      criticalPath({ jobs: base.map((j) => (j.ref === 'C' ? { ...j, deadline_abs: d } : j)), links, planStartAbs: 0 });
    expect(due(100).jobs.get('C')).toMatchObject({ slack_min: 10, critical: false });
    expect(due(90).jobs.get('C')).toMatchObject({ slack_min: 0, critical: true });
    expect(due(60).jobs.get('C')).toMatchObject({ slack_min: -30, critical: true });
  });

  it('critical exactly when slack is zero or negative, on any plan (property)', () => {
    const arb = fc.array(
      fc.record({
        duration: fc.integer({ min: 1, max: 240 }),
        slotAt: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
        deadline: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: null }),
        pred: fc.option(fc.nat(), { nil: null }),
        lag: fc.integer({ min: 0, max: 120 }),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const jobs: CpmJob[] = specs.map((s, i) => ({
          ref: `J${i}`,
          duration_min: s.duration,
          slot: s.slotAt === null ? null : { start_abs: s.slotAt, end_abs: s.slotAt + s.duration },
          deadline_abs: s.deadline,
        }));
        // Links only point forward (no cycles).
        const links = specs.flatMap((s, i) => (s.pred !== null && i > 0 ? [link(`J${s.pred % i}`, `J${i}`, s.lag)] : []));
        const r = criticalPath({ jobs, links, planStartAbs: 100 });
        for (const t of r.jobs.values()) {
          expect(t.critical).toBe(t.slack_min !== null && t.slack_min <= 0);
          const d = jobs.find((j) => j.ref === t.ref)!.deadline_abs;
          if (t.chain !== null && d !== null && d !== undefined) expect(t.slack_min!).toBeLessThanOrEqual(d - t.end_abs);
          if (t.chain !== null && t.end_abs > (d ?? Infinity)) expect(t.slack_min!).toBeLessThan(0);
          // Unplaced jobs never start before the plan start.
          if (!t.scheduled) expect(t.start_abs).toBeGreaterThanOrEqual(100);
        }
      }),
    );
  });

  it('refuses a cycle, naming it', () => {
    expect(() => criticalPath({ jobs: [un('A', 1), un('B', 1)], links: [link('A', 'B'), link('B', 'A')], planStartAbs: 0 })).toThrow(
      'dependency cycle: A → B → A',
    );
  });
});
