// Each pass of the auto-scheduler on every core: a large pass is first built in parts, one per
// worker of the solver pool (shared/solver/diary/parts.ts), for the first share of its time;
// the stitched plan is then completed and improved as a whole on this thread. Small passes, or a
// pool that has not started yet, run on this thread alone.
import { diaryParts, partCount, partTasks, PARTS_FROM, stitchParts } from '../../../shared/solver/diary/parts';
import type { PassSolver } from '../../../shared/solver/diary/schedule';
import { solveVrptw } from '../../../shared/solver/vrptw/solve';
import type { SolverPool } from '../solver-threads/pool';

/**
 * Share of a pass's time for improving inside the parts (spread over the waves of tasks), and
 * the latest the parts may run: a part's construction is not cut at its own share, only there.
 */
const PARTS_SHARE = 0.5;
const PARTS_UNTIL = 0.8;

/** Waits this share of a pass's time at most for a pool still starting (its threads load the engine). */
const READY_WAIT_SHARE = 0.1;

/** `pool` may still be starting: a pass waits briefly for it, else runs on this thread. */
export function pooledPasses(pool: SolverPool): PassSolver {
  let ready = false;
  return async ({ model, options }) => {
    const end = options.now() + options.timeLimitMs;
    let movable = 0;
    for (let j = 0; j < model.problem.nJobs; j++) if (!model.locked[j]) movable++;
    if (movable < PARTS_FROM || options.cancelled()) return solveVrptw(model.problem, options);
    if (!ready) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const waited = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), READY_WAIT_SHARE * options.timeLimitMs)));
      ready = await Promise.race([pool.ready.then(() => true), waited]).catch(() => false);
      clearTimeout(timer);
      if (!ready) return solveVrptw(model.problem, { ...options, timeLimitMs: Math.max(1, end - options.now()) });
    }
    const t0 = options.now();
    const parts = diaryParts(model, partCount(movable, pool.threads));
    const partsEnd = t0 + PARTS_SHARE * (end - t0);
    // The parts take a few waves over the threads: each gets its wave's share of the time.
    const waves = Math.ceil(parts.length / pool.threads);
    const timeMs = Math.max(1, (partsEnd - t0) / waves);
    pool.load(model.problem, 'wall');
    const outs = await pool.exec(
      partTasks(model, parts, options.seed ?? 1).map((t) => ({ ...t, timeMs })),
      t0 + PARTS_UNTIL * (end - t0),
    );
    return solveVrptw(model.problem, {
      ...options,
      timeLimitMs: Math.max(1, end - options.now()),
      initial: stitchParts(model, parts, outs),
    });
  };
}
