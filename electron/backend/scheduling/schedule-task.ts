// The auto-scheduler as a task, run in a worker thread (runs.ts). It starts a solver pool of
// its own (a thread per core) at once, so the threads load while the world, travel matrix and
// first model are built; large passes then run in parts over the pool (pass-solver.ts).
// Cancel and progress ride on the solver's clock: it asks `now()` often, so that is where we
// report how much of the budget is used and, once cancelled, say the budget is spent — the
// solver then returns its best plan so far.
import { scheduleDiaryWith, type ScheduleResult } from '../../../shared/solver/diary';
import { PARTS_FROM } from '../../../shared/solver/diary/parts';
import { SolverPool } from '../solver-threads/pool';
import { defaultThreads } from '../solver-threads/solve';
import type { TaskContext } from '../workers/run-task';
import { pooledPasses } from './pass-solver';
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

export async function run(input: ScheduleTaskInput, ctx: TaskContext<ScheduleProgress>): Promise<ScheduleResult> {
  // The budget began when the planner pressed Run (reading the workspace, starting the thread):
  // all of it, and rebuilding the world here, counts against the limit.
  const t0 = input.startedAtMs ?? wallMs();
  const threads = input.threads ?? defaultThreads();
  // Only a run large enough for a pass in parts starts threads (small runs would only pay their start-up).
  const pool = threads > 1 && input.scopeJobs.length >= PARTS_FROM ? new SolverPool(threads) : null;
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
  // While the pool searches, this thread only waits: a cancel reaches the pool's tasks from here.
  const watch = setInterval(() => ctx.cancelled() && pool?.cancel(), 50);
  try {
    return await scheduleDiaryWith(
      {
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
      },
      pooledPasses(pool),
    );
  } finally {
    clearInterval(watch);
    await pool?.close();
  }
}
