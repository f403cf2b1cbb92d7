// A small hand-made problem for the diary scheduler's time-budget tests: operatives and 45-minute
// jobs on a grid near central London, planned over Monday and Tuesday of one week.
import type { Job, Operative } from '../../../../shared/domain/types';
import type { PlanningWorld } from '../../../../shared/rules/index';
import type { ScheduleInput } from '../../../../shared/solver/diary/types';
import { job, operative } from '../rules/fixtures';

export const MON = '2027-01-04';
export const TUE = '2027-01-05';
/** The planner's time limit in these tests (ms on the test's own clock). */
export const LIMIT = 1000;

/** An operative of one trade (proficiency 3) starting at `lat`. */
export const gridOperative = (id: string, lat: number, trade = 'GAS'): Operative =>
  operative({ id, name: id.toUpperCase(), trades: [{ trade, proficiency: 3 }], start_lat: lat });

/** Job i on a 5-wide grid, 45 minutes, raised before the week. */
export const gridJob = (i: number, over: Partial<Job> = {}): Job =>
  job({
    ref: `J${i}`,
    address: `J${i}`,
    lat: 51.5 + (i % 5) * 0.01,
    lon: -0.1 + Math.floor(i / 5) * 0.01,
    raised_at: '2027-01-01T09:00',
    duration_min: 45,
    ...over,
  });

/** Place `jobs` on Monday and Tuesday from an empty diary, seed 1, within LIMIT; `over` changes the rest. */
export const twoDayInput = (
  world: PlanningWorld,
  jobs: readonly Job[],
  over: Partial<ScheduleInput> & Pick<ScheduleInput, 'now'>,
): ScheduleInput => ({
  world,
  jobs: jobs.map((j) => j.ref),
  dates: [MON, TUE],
  diary: [],
  seed: 1,
  timeLimitMs: LIMIT,
  ...over,
});
