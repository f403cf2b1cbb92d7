// The engine's view of a day (start bounds from windows and dependencies) must agree with the
// rules' view, and the placement bound must really bound what the scheduler places.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../../../shared/domain/types';
import { job as fixtureJob, operative } from '../rules/fixtures';
import { PlanIndex } from '../../../../shared/rules/index';
import { testWorld } from '../rules/test-world';
import { startBounds } from '../../../../shared/solver/diary/bounds';
import { placementBound, scheduleDiary } from '../../../../shared/solver/diary/index';
import { DATES, tinyInput, tinyWorld, unbookedJobs } from './diary-fixtures';

describe('start bounds', () => {
  it('every job the scheduler places starts inside the bounds the engine was given for its day', () => {
    fc.assert(
      fc.property(tinyWorld, (w) => {
        const input = tinyInput(w, { seed: 1, timeLimitMs: 40 });
        if (input.jobs.length === 0) return;
        const res = scheduleDiary(input);
        const { world } = input;
        expect(res.check.problems).toEqual([]);
        const index = new PlanIndex(world, res.diary);
        for (const p of res.placed) {
          const op = world.operatives.get(p.operative_id)!;
          const b = startBounds(index, world.jobs.get(p.ref)!, p.date, index.operativeDay(op, p.date).shift);
          expect(p.start_min).toBeGreaterThanOrEqual(b.earliest);
          expect(p.start_min).toBeLessThanOrEqual(b.latest);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('placement bound', () => {
  it('is never below what the scheduler places, nor above the jobs asked for', () => {
    fc.assert(
      fc.property(tinyWorld, (w) => {
        const todo = unbookedJobs(w);
        if (todo.length === 0) return;
        const input = tinyInput(w, { seed: 1, timeLimitMs: 40 });
        const res = scheduleDiary(input);
        const b = placementBound(new PlanIndex(input.world, w.diary), todo, w.operatives, DATES);
        expect(b.bound).toBeGreaterThanOrEqual(res.placed.length);
        expect(b.bound).toBeLessThanOrEqual(todo.length);
        expect(b.byTrade.reduce((n, t) => n + t.jobs, 0)).toBe(todo.length);
      }),
      { numRuns: 40 },
    );
  });

  it('binds on capacity: one 8-hour day takes at most two 3-hour jobs (plus what the overtime allowance adds)', () => {
    const op = operative({ id: 'OP1', name: 'Operative 1' });
    const job = (i: number, trade = 'GAS'): Job =>
      fixtureJob({ ref: `J${i}`, address: '', lat: 51.5, trade, duration_min: 180, done_when: 'Done' });
    const world = testWorld({ operatives: [op], jobs: [job(1), job(2), job(3), job(4), job(5, 'ELEC')], overtimeMin: 0 });
    const b = placementBound(new PlanIndex(world, []), [...world.jobs.values()], [op], ['2027-01-04']);
    expect(b.bound).toBe(2);
    expect(b.byTrade.find((t) => t.trade === 'ELEC')).toMatchObject({ jobs: 1, allowed: 0, fit: 0 });
    expect(b.byTrade.find((t) => t.trade === 'GAS')).toMatchObject({ jobs: 4, allowed: 4, capacityMin: 480, fit: 2 });
  });
});
