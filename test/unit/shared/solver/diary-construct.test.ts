// The first complete plan is always finished: however much of the budget is gone before the
// scheduler starts (a slow start on a busy machine), every job that can be placed is placed by
// the construction, which never breaks a hard rule and is the same every time. Driven by test
// clocks that move only when read, never by the real one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../../../shared/domain/types';
import { evaluatePlacement, PlanIndex } from '../../../../shared/rules/index';
import { buildModel } from '../../../../shared/solver/diary/build';
import { construct } from '../../../../shared/solver/diary/construct';
import { scheduleDiary, DEFAULT_WEIGHTS } from '../../../../shared/solver/diary/index';
import { scopeOf } from '../../../../shared/solver/diary/scope';
import { simulateRoute } from '../../../../shared/solver/vrptw/route-check';
import { testWorld } from '../rules/test-world';
import { countingClock, placeable, tinyInput, tinyWorld, type TinyWorld } from './diary-fixtures';
import { gridJob, gridOperative, LIMIT, twoDayInput } from './diary-grid';

const job = (i: number, over: Partial<Job> = {}): Job =>
  gridJob(i, { priority: i % 3 === 0 ? 'URGENT' : 'ROUTINE', window: i % 4 === 0 ? 'AM' : 'ALL', ...over });

const OPS = [gridOperative('ann', 51.5), gridOperative('bob', 51.52), gridOperative('cat', 51.51)];
const TWENTY = Array.from({ length: 20 }, (_, i) => job(i));

/** A budget already spent when the scheduler is called: the planner pressed Run `lateBy` ms ago. */
function lateRun(jobs: Job[], lateBy: number, limit = LIMIT) {
  const world = testWorld({ operatives: OPS, jobs });
  const now = countingClock();
  const t = now();
  return scheduleDiary(twoDayInput(world, jobs, { timeLimitMs: limit, now, startedAt: t - lateBy }));
}

describe('the first complete plan is always finished', () => {
  it('a 20-job run whose budget was spent before it started (a slow start) still places every job, without searching', () => {
    const res = lateRun(TWENTY, 10 * LIMIT);
    expect(res.iterations).toBe(0);
    expect(res.placed.map((p) => p.ref).sort()).toEqual(TWENTY.map((j) => j.ref).sort());
    expect(res.unplaced).toEqual([]);
    expect(res.check.problems).toEqual([]);
    // It reports how far past the limit it finished.
    expect(res.overrunMs).toBeGreaterThan(0);
  });

  it('places as many as a run with the whole budget searching (every placeable job)', () => {
    const late = lateRun(TWENTY, 10 * LIMIT);
    const ample = lateRun(TWENTY, 0, 3 * LIMIT);
    expect(ample.iterations).toBeGreaterThan(0);
    expect(late.placed.length).toBe(ample.placed.length);
  });

  it('is the same plan every time', () => {
    expect(lateRun(TWENTY, 10 * LIMIT).diary).toEqual(lateRun(TWENTY, 10 * LIMIT).diary);
  });

  it('still says why each job left over was not placed, from what the construction saw', () => {
    const nobody = job(90, { trade: 'ROOF' }); // no operative has the trade
    const tooLong = job(91, { duration_min: 8 * 60, window: '09:00-10:00' }); // no day can hold it in that window
    const res = lateRun([...TWENTY, nobody, tooLong], 10 * LIMIT);
    const why = new Map(res.unplaced.map((u) => [u.ref, u.summary]));
    expect(why.get('J90')).toMatch(/no operative-day in the range may take it/);
    expect(why.get('J91')).toMatch(/no operative-day in the range may take it|had no room for it/);
    for (const s of why.values()) expect(s).toMatch(/time limit ran out before the full rule-by-rule explanation/);
  });

  it('a cancel stops it between jobs: what was placed stands, the rest are told why', () => {
    const world = testWorld({ operatives: OPS, jobs: TWENTY });
    let reads = 0;
    const res = scheduleDiary(twoDayInput(world, TWENTY, { now: () => reads++, cancelled: () => true }));
    expect(res.placed).toEqual([]);
    expect(res.check.problems).toEqual([]);
    for (const u of res.unplaced) expect(u.summary).toMatch(/cancelled/);
  });
});

describe('the construction never breaks a hard rule', () => {
  const scheduleLate = (w: TinyWorld) => {
    const input = tinyInput(w, { jobs: placeable(w) });
    const res = scheduleDiary({ ...input, startedAt: input.now() - 1000 });
    return { world: input.world, res };
  };

  it('every placement of a construction-only run passes every hard rule, checked afresh', () => {
    fc.assert(
      fc.property(tinyWorld, (w) => {
        const { world, res } = scheduleLate(w);
        expect(res.iterations).toBe(0);
        expect(res.check.problems).toEqual([]);
        for (const p of res.placed) {
          const e = res.diary.find((x) => x.job_ref === p.ref)!;
          const at = new PlanIndex(world, res.diary).dayJobs(e.operative_id, e.date).findIndex((d) => d.job.ref === p.ref);
          const r = evaluatePlacement(world.jobs.get(p.ref)!, world.operatives.get(e.operative_id)!, e.date, world, res.diary, {
            index: at,
          });
          expect(r.violations.filter((v) => v.severity === 'hard')).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('on the engine model: each day feasible, each job at most once, only on days it may take, fixed visits kept; no job left out that fits', () => {
    fc.assert(
      fc.property(tinyWorld, (w) => {
        const input = tinyInput(w);
        if (input.jobs.length === 0) return;
        const { world } = input;
        const index = new PlanIndex(world, w.diary);
        const scope = scopeOf(input, index);
        const model = buildModel({
          index,
          operatives: scope.operatives,
          dates: scope.dates,
          fixed: scope.fixed,
          movable: [],
          newJobs: scope.newJobs.filter((j) => (world.predecessorsOf.get(j.ref) ?? []).length === 0),
          weights: DEFAULT_WEIGHTS,
          priorityRank: () => 0,
        });
        const p = model.problem;
        const built = construct(model);
        expect(construct(model).routes).toEqual(built.routes);
        const seen = new Set<number>();
        built.routes.forEach((route, k) => {
          const changed = route.join() !== (model.initial[k] ?? []).join();
          if (changed) expect(simulateRoute(p, k, route).feasible).toBe(true);
          for (const j of route) {
            expect(seen.has(j)).toBe(false);
            seen.add(j);
            expect(p.eligible![k * p.nJobs + j]).toBe(1);
          }
          for (const j of model.initial[k] ?? []) if (model.locked[j]) expect(route).toContain(j);
        });
        // A job left out has no feasible place in the finished plan.
        for (const j of built.unplaced) {
          built.routes.forEach((route, k) => {
            if (!p.eligible![k * p.nJobs + j] || !simulateRoute(p, k, route).feasible) return;
            for (let at = 0; at <= route.length; at++) {
              expect(simulateRoute(p, k, [...route.slice(0, at), j, ...route.slice(at)]).feasible).toBe(false);
            }
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});
