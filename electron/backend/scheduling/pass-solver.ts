// How each pass of the auto-scheduler improves its first plan (the construction, always
// finished before a pass is handed here): a large pass is improved in parts (parts.ts) — one per
// worker of the solver pool, or one after another on this thread when there is no pool (one
// thread asked for, or a pool not started in time) — then stitched, the jobs no part could
// place are inserted across the whole, and, when the time left pays for it, the whole pass is
// searched too. Small passes are searched whole on this thread.
import { construct } from '../../../shared/solver/diary/construct';
import { fillForPart, fillForSearch } from '../../../shared/solver/diary/fill';
import { diaryParts, partCount, partTasks, PARTS_FROM, stitchParts } from '../../../shared/solver/diary/parts';
import type { PassSolver } from '../../../shared/solver/diary/schedule';
import type { DiaryModel } from '../../../shared/solver/diary/build';
import { measure, runSearchTask, type SearchOutcome, type SearchTask } from '../../../shared/solver/vrptw/search-task';
import { solveVrptw, type SolveResult } from '../../../shared/solver/vrptw/solve';
import type { SolverPool } from '../solver-threads/pool';

/**
 * Share of a pass's time for the parts when the whole pass is searched after them, and the
 * latest the parts may run then (a part's construction is not cut at its own share, only there).
 */
const PARTS_SHARE = 0.5;
const PARTS_UNTIL = 0.8;

/** Waits this share of a pass's time at most for a pool still starting (its threads load the engine). */
const READY_WAIT_SHARE = 0.1;

/**
 * Cost of setting up a whole-pass search, as ms per pair of jobs (its neighbour lists look at
 * every pair: about 2 s for 5,000 jobs on one core). The whole pass is searched only when the
 * time after the parts is at least twice that; otherwise the parts have all the time.
 */
const WHOLE_SETUP_MS_PER_PAIR = 1e-4;

/** `pool` (null: none) may still be starting: a pass waits briefly for it, else runs its parts on this thread. */
export function pooledPasses(pool: SolverPool | null): PassSolver {
  let ready = false;
  return async ({ model, options }) => {
    const t0 = options.now();
    const end = t0 + options.timeLimitMs;
    let movable = 0;
    for (let j = 0; j < model.problem.nJobs; j++) if (!model.locked[j]) movable++;
    if (movable < PARTS_FROM || options.cancelled()) return solveVrptw(model.problem, options);
    const start = options.initial ?? model.initial;
    const whole = (1 - PARTS_SHARE) * options.timeLimitMs >= 2 * WHOLE_SETUP_MS_PER_PAIR * movable * movable;
    const partsEnd = t0 + (whole ? PARTS_SHARE : 1) * options.timeLimitMs;
    const until = whole ? t0 + PARTS_UNTIL * options.timeLimitMs : end;
    if (pool && !ready) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const waited = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), READY_WAIT_SHARE * options.timeLimitMs)));
      ready = await Promise.race([pool.ready.then(() => true), waited]).catch(() => false);
      clearTimeout(timer);
    }
    const threads = pool && ready ? pool.threads : 1;
    const parts = diaryParts(model, partCount(movable, threads), start);
    // The parts take a few waves over the threads: each gets its wave's share of the time.
    const waves = Math.ceil(parts.length / threads);
    const timeMs = Math.max(1, (partsEnd - options.now()) / waves);
    for (const part of parts) fillForPart(model, part.jobs, part.vehicles, options.cancelled);
    const tasks = partTasks(model, parts, options.seed ?? 1, start).map((t) => ({ ...t, timeMs }));
    let outs: SearchOutcome[];
    if (pool && ready) {
      pool.load(model.problem, 'wall');
      outs = await pool.exec(tasks, until);
    } else outs = inThread(model, tasks, options.now, () => options.cancelled() || options.now() >= until);
    // What no part could place (its nearest operatives were full) may fit elsewhere.
    const routes = construct(model, { start: stitchParts(model, parts, outs, start), cancelled: options.cancelled }).routes;
    const iterations = outs.reduce((s, o) => s + o.iterations, 0);
    if (whole && !options.cancelled() && end - options.now() >= 1) {
      fillForSearch(model, options.cancelled);
      const res = solveVrptw(model.problem, { ...options, timeLimitMs: end - options.now(), initial: routes });
      return { ...res, iterations: res.iterations + iterations };
    }
    return resultOf(model, routes, iterations);
  };
}

/** The parts one after another on this thread. */
function inThread(model: DiaryModel, tasks: readonly SearchTask[], now: () => number, stop: () => boolean): SearchOutcome[] {
  return tasks.map((task) => runSearchTask(model.problem, task, now, stop));
}

function resultOf(model: DiaryModel, routes: number[][], iterations: number): SolveResult {
  const p = model.problem;
  const served = new Uint8Array(p.nJobs);
  for (const r of routes) for (const j of r) served[j] = 1;
  const unassigned: number[] = [];
  for (let j = 0; j < p.nJobs; j++) if (!served[j]) unassigned.push(j);
  const { distance, feasible } = measure(p, routes, true);
  return { routes, unassigned, distance, vehicles: routes.filter((r) => r.length > 0).length, feasible, iterations };
}
