// The auto-scheduler as a task: runs in a worker thread for the app, in-process for the CLI.
// Cancel and progress ride on the solver's clock: it asks `now()` often, so that is where we
// report how much of the budget is used and, once cancelled, say the budget is spent — the
// solver then returns its best plan so far.
import { scheduleDiary, type ScheduleResult } from '../../../shared/solver/diary';
import type { TaskContext } from '../workers/run-task';
import { worldFromTaskInput, type ScheduleTaskInput } from './task-input';

export interface ScheduleProgress {
  elapsedMs: number;
  fraction: number;
}

const PROGRESS_EVERY_MS = 100;

/** Wall-clock milliseconds every thread reads alike (performance.now() has a per-thread origin). */
export function wallMs(): number {
  return performance.timeOrigin + performance.now();
}

export function run(input: ScheduleTaskInput, ctx: TaskContext<ScheduleProgress>): ScheduleResult {
  // The budget began when the planner pressed Run (reading the workspace, starting the thread):
  // all of it, and rebuilding the world here, counts against the limit.
  const t0 = input.startedAtMs ?? wallMs();
  const world = worldFromTaskInput(input);
  let lastReport = -Infinity;
  let skew = 0;
  const now = () => {
    const t = wallMs();
    if (t - lastReport >= PROGRESS_EVERY_MS) {
      lastReport = t;
      ctx.progress({ elapsedMs: Math.round(t - t0), fraction: Math.min(1, (t - t0) / input.timeLimitMs) });
    }
    // Once cancelled, every reading jumps a whole budget further ahead: any interval the solver
    // measures is then over budget, even one that began after the cancel. Finite and increasing,
    // since the solver does arithmetic on it and times its inner phases with it.
    if (ctx.cancelled()) skew += input.timeLimitMs + 1;
    return t + skew;
  };
  return scheduleDiary({
    world,
    jobs: input.scopeJobs,
    dates: input.dates,
    operatives: input.scopeOperatives,
    diary: input.diary,
    reoptimise: input.reoptimise,
    seed: input.seed,
    timeLimitMs: input.timeLimitMs,
    startedAt: t0,
    matrix: input.matrix,
    now,
    cancelled: () => ctx.cancelled(),
  });
}
