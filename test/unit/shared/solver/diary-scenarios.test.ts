// Hand-made diaries for the cases random worlds rarely hit: dependency chains, a pinned entry
// whose morning is re-optimised away, and the objective order.
import { describe, expect, it } from 'vitest';
import { job as fixtureJob, operative } from '../rules/fixtures';
import type { DiaryEntry, Job, Operative } from '../../../../shared/domain/types';
import { PlanIndex, type PlanningWorld } from '../../../../shared/rules/index';
import { testWorld } from '../rules/test-world';
import type { TravelModel } from '../../../../shared/travel/model';
import { scheduleDiary } from '../../../../shared/solver/diary/index';
import { countingClock } from './diary-fixtures';

const MON = '2027-01-04';
const TUE = '2027-01-05';

/** 15 minutes between any two different places: easy arithmetic. */
const travel: TravelModel = {
  minutes: (a, b) => (a.lat === b.lat && a.lon === b.lon ? 0 : 15),
  km: (a, b) => (a.lat === b.lat && a.lon === b.lon ? 0 : 5),
};

const op = (id: string, over: Partial<Operative> = {}): Operative => operative({ id, name: id.toUpperCase(), ...over });

let k = 0;
const job = (ref: string, over: Partial<Job> = {}): Job =>
  fixtureJob({ ref, address: ref, lat: 51.5 + ++k * 0.01, lon: -0.1, raised_at: '2027-01-01T09:00', ...over });

function timesOf(world: PlanningWorld, diary: readonly DiaryEntry[], ref: string): { date: string; start: number; end: number } {
  const e = diary.find((x) => x.job_ref === ref)!;
  const v = new PlanIndex(world, diary).basePlan(world.operatives.get(e.operative_id)!, e.date).visits.find((x) => x.ref === ref)!;
  return { date: e.date, start: v.start_min, end: v.end_min };
}

describe('scheduleDiary scenarios', () => {
  it('places a chain in dependency order, with the lag, across passes', () => {
    const jobs = [
      job('A', { duration_min: 240 }),
      job('B', { depends_on: [{ ref: 'A', lag_min: 120 }] }),
      job('C', { depends_on: [{ ref: 'B', lag_min: 0 }] }),
    ];
    const world = testWorld({ operatives: [op('ann'), op('bob')], jobs, travel });
    const res = scheduleDiary({ world, jobs: ['C', 'B', 'A'], dates: [MON, TUE], diary: [], timeLimitMs: 50, now: countingClock() });
    expect(res.check.problems).toEqual([]);
    expect(res.unplaced).toEqual([]);
    const a = timesOf(world, res.diary, 'A');
    const b = timesOf(world, res.diary, 'B');
    const c = timesOf(world, res.diary, 'C');
    const abs = (t: { date: string; start: number; end: number }, m: number): number => (t.date === MON ? 0 : 1440) + m;
    expect(abs(b, b.start)).toBeGreaterThanOrEqual(abs(a, a.end) + 120);
    expect(abs(c, c.start)).toBeGreaterThanOrEqual(abs(b, b.end));
  });

  it('leaves a successor out when its predecessor cannot be placed, and says so', () => {
    const jobs = [job('P', { trade: 'ROOF' }), job('S', { depends_on: [{ ref: 'P', lag_min: 0 }] })];
    const world = testWorld({ operatives: [op('ann')], jobs, travel });
    const res = scheduleDiary({ world, jobs: ['P', 'S'], dates: [MON], diary: [], timeLimitMs: 200, now: countingClock() });
    expect(res.placed).toEqual([]);
    const s = res.unplaced.find((u) => u.ref === 'S')!;
    expect(s.reasons.map((r) => r.ruleId)).toContain('dependencies');
    expect(s.summary).toMatch(/S depends on P, which is not in the diary yet/);
  });

  it('keeps a pinned visit at its time when the work before it moves away', () => {
    // ann's Monday: X (unpinned) then PIN (pinned); bob is free. Re-optimising may move X to bob,
    // but PIN must still start when it did.
    const jobs = [job('X', { duration_min: 180 }), job('PIN')];
    const world = testWorld({ operatives: [op('ann'), op('bob', { start_lat: 51.6 })], jobs, travel });
    const diary: DiaryEntry[] = [
      { job_ref: 'X', operative_id: 'ann', date: MON, start: null, sequence: 0, pinned: false },
      { job_ref: 'PIN', operative_id: 'ann', date: MON, start: null, sequence: 1, pinned: true },
    ];
    const before = timesOf(world, diary, 'PIN');
    const res = scheduleDiary({ world, jobs: [], dates: [MON], diary, reoptimise: true, timeLimitMs: 30, now: countingClock() });
    expect(res.check.problems).toEqual([]);
    const after = timesOf(world, res.diary, 'PIN');
    expect(after).toEqual(before);
    expect(res.diary.find((e) => e.job_ref === 'PIN')).toMatchObject({ operative_id: 'ann', date: MON, pinned: true });
  });

  it('prefers leaving out the lower priority job when only one fits', () => {
    // One 8-hour shift, two 6-hour jobs: only one can go in.
    const jobs = [job('LOW', { duration_min: 360, priority: 'PLANNED' }), job('HIGH', { duration_min: 360, priority: 'EMERGENCY' })];
    const world = testWorld({ operatives: [op('ann')], jobs, travel });
    const res = scheduleDiary({ world, jobs: ['LOW', 'HIGH'], dates: [MON], diary: [], timeLimitMs: 200, now: countingClock() });
    expect(res.placed.map((p) => p.ref)).toEqual(['HIGH']);
    expect(res.unplaced.map((u) => u.ref)).toEqual(['LOW']);
    expect(res.unplaced[0]!.summary).toMatch(/qualified and available, but none has room/);
    expect(res.unplaced[0]!.fixes[0]).toMatch(/^Shift hours \(planner\)/);
  });
});
