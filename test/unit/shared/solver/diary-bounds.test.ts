// The engine's view of a day (start bounds from windows and dependencies) must agree with the
// rules' view, and the placement bound must really bound what the scheduler places.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Job, Operative } from '../../../../shared/domain/types';
import { PlanIndex } from '../../../../shared/rules/index';
import { testWorld } from '../rules/test-world';
import { startBounds } from '../../../../shared/solver/diary/bounds';
import { placementBound, scheduleDiary } from '../../../../shared/solver/diary/index';
import { countingClock, DATES, tinyWorld } from './diary-fixtures';

describe('start bounds', () => {
  it('every job the scheduler places starts inside the bounds the engine was given for its day', () => {
    fc.assert(
      fc.property(tinyWorld, (w) => {
        const world = testWorld(w);
        const booked = new Set(w.diary.map((e) => e.job_ref));
        const jobs = w.jobs.filter((j) => !booked.has(j.ref)).map((j) => j.ref);
        if (jobs.length === 0) return;
        const res = scheduleDiary({ world, jobs, dates: DATES, diary: w.diary, seed: 1, timeLimitMs: 40, now: countingClock() });
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
        const world = testWorld(w);
        const booked = new Set(w.diary.map((e) => e.job_ref));
        const todo = w.jobs.filter((j) => !booked.has(j.ref));
        if (todo.length === 0) return;
        const res = scheduleDiary({
          world,
          jobs: todo.map((j) => j.ref),
          dates: DATES,
          diary: w.diary,
          seed: 1,
          timeLimitMs: 40,
          now: countingClock(),
        });
        const b = placementBound(new PlanIndex(world, w.diary), todo, w.operatives, DATES);
        expect(b.bound).toBeGreaterThanOrEqual(res.placed.length);
        expect(b.bound).toBeLessThanOrEqual(todo.length);
        expect(b.byTrade.reduce((n, t) => n + t.jobs, 0)).toBe(todo.length);
      }),
      { numRuns: 40 },
    );
  });

  it('binds on capacity: one 8-hour day takes at most two 3-hour jobs (plus what the overtime allowance adds)', () => {
    const op: Operative = {
      id: 'OP1',
      name: 'Operative 1',
      trades: [{ trade: 'GAS', proficiency: 3 }],
      competences: [],
      start_lat: 51.5,
      start_lon: -0.1,
      shift_start: '08:00',
      shift_end: '16:00',
      working_days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
      areas: [],
    };
    const job = (i: number, trade = 'GAS'): Job =>
      ({
        ref: `J${i}`,
        address: '',
        lat: 51.5,
        lon: -0.1,
        area: 'N1',
        trade,
        min_proficiency: 1,
        competences: [],
        priority: 'ROUTINE',
        raised_at: '2027-01-04T09:00',
        duration_min: 180,
        window: 'ALL',
        depends_on: [],
        impact: 3,
        effort: 3,
        owner: 'Pat',
        done_when: 'Done',
        notes: '',
        status: 'open',
      }) as Job;
    const world = testWorld({ operatives: [op], jobs: [job(1), job(2), job(3), job(4), job(5, 'ELEC')], overtimeMin: 0 });
    const b = placementBound(new PlanIndex(world, []), [...world.jobs.values()], [op], ['2027-01-04']);
    expect(b.bound).toBe(2);
    expect(b.byTrade.find((t) => t.trade === 'ELEC')).toMatchObject({ jobs: 1, allowed: 0, fit: 0 });
    expect(b.byTrade.find((t) => t.trade === 'GAS')).toMatchObject({ jobs: 4, allowed: 4, capacityMin: 480, fit: 2 });
  });
});
