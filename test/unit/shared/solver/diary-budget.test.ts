// The auto-scheduler's time limit is the planner's, end to end: the travel matrix, the model
// builds and constructions count against it, not only the search. Measured on an injected clock
// that moves only when the test says so (travel look-ups "cost" time), never on the real one.
import { describe, expect, it } from 'vitest';
import { testWorld } from '../rules/test-world';
import type { TravelModel } from '../../../../shared/travel/model';
import { scheduleDiary, type ScheduleResult } from '../../../../shared/solver/diary/index';
import { gridJob, gridOperative, LIMIT, twoDayInput } from './diary-grid';

const JOBS = Array.from({ length: 12 }, (_, i) => gridJob(i));

/** A clock the test drives: every travel look-up costs `perLookup` ms, every reading 0.5 ms. */
function slowWorld(perLookup: number): { run: (startedAt?: number) => ScheduleResult; clock: () => number } {
  let t = 0;
  const travel: TravelModel = {
    minutes: (a, b) => {
      t += perLookup;
      return a.lat === b.lat && a.lon === b.lon ? 0 : 10;
    },
    km: () => 3,
  };
  const world = testWorld({ operatives: [gridOperative('ann', 51.5), gridOperative('bob', 51.52)], jobs: JOBS, travel });
  const now = (): number => (t += 0.5);
  const run = (startedAt?: number): ScheduleResult =>
    scheduleDiary(twoDayInput(world, JOBS, { now, ...(startedAt === undefined ? {} : { startedAt }) }));
  return { run, clock: () => t };
}

describe('the auto-scheduler keeps its time limit end to end: it binds the search, never the first plan', () => {
  it('with free travel look-ups it places every job and searches', () => {
    const { run } = slowWorld(0);
    const res = run();
    expect(res.placed).toHaveLength(JOBS.length);
    expect(res.iterations).toBeGreaterThan(0);
    expect(res.check.ok).toBe(true);
  });

  it('a travel matrix that costs more than the budget still gets a complete first plan, and no search', () => {
    // 14 places, 182 look-ups at 10 ms each: about twice the budget before any search could start.
    const { run } = slowWorld(10);
    const res = run();
    expect(res.iterations).toBe(0);
    expect(res.placed).toHaveLength(JOBS.length);
    expect(res.unplaced).toEqual([]);
    expect(res.check.ok).toBe(true);
  });

  it('time spent before the call (reading the workspace, starting the thread) counts: a budget spent on entry only constructs', () => {
    const { run } = slowWorld(0);
    const res = run(-LIMIT);
    expect(res.iterations).toBe(0);
    expect(res.placed).toHaveLength(JOBS.length);
    expect(res.check.ok).toBe(true);
  });

  it('a matrix that costs a third of the budget leaves the search only the rest', () => {
    const free = slowWorld(0).run();
    // 182 look-ups at 1.8 ms: about a third of the budget.
    const res = slowWorld(1.8).run();
    expect(res.placed).toHaveLength(JOBS.length);
    expect(res.iterations).toBeGreaterThan(0);
    expect(res.iterations).toBeLessThan(free.iterations);
  });
});
