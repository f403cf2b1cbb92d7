// One unit of search work, as plain data so it can cross to a worker thread: "improve this part
// of the problem (or all of it) with this search, this seed, for this long or this many
// iterations". Islands and decomposition parts are both tasks; workers run runSearchTask on their
// copy of the problem (shared memory, not copied per task).
import { Hgs, DEFAULT_HGS } from './hgs';
import { runIls } from './ils';
import { granularNeighbours, neighbourCount } from './neighbours';
import type { VrptwProblem } from './problem';
import { simulateRoute } from './route-check';
import { runSisr } from './sisr';
import { subProblem } from './subproblem';

/** HGS (population, crossover; strong with time) or ruin-and-recreate (fast from a good start). */
export type SearchKind = 'hgs' | 'ils' | 'sisr';

export interface SearchTask {
  kind: SearchKind;
  seed: number;
  /** The part: jobs and vehicles of the whole problem (both absent: the whole problem). */
  jobs?: number[];
  vehicles?: number[];
  /** Starting routes by vehicle of the part, in part job ids. */
  initial?: number[][];
  /** Work budget: iterations of the search. */
  iterations?: number;
  /** Time budget in ms from when the task starts, on the runner's clock. */
  timeMs?: number;
  /** HGS population for long runs (25 + 40) rather than short ones (12 + 20). */
  largePopulation?: boolean;
  /** An island (islands.ts): its HGS lives on in the worker between epochs under this name. */
  island?: string;
  /** Other islands' best solutions, taken in before this epoch. */
  migrants?: number[][][];
  /** The worker that holds the island (the executor keeps an island on one worker). */
  worker?: number;
  /**
   * Jobs may stay out (the problem prices them: the diary). The outcome keeps what it placed;
   * `feasible` then means every route keeps its windows and hours. ILS only.
   */
  optional?: boolean;
  /** ILS: construction order (part job ids, most important first) and jobs that never move. */
  order?: number[];
  locked?: number[];
  /** ILS: recreate by regret insertion (plain routing: no job matters more than another). */
  regret?: boolean;
}

export interface SearchOutcome {
  /** Routes by vehicle of the part, part job ids; feasible and serving every job of the part when `feasible`. */
  routes: number[][];
  distance: number;
  feasible: boolean;
  iterations: number;
}

/** Runs a task; `stop` ends it early (cancel, or the whole run's deadline). */
export function runSearchTask(whole: VrptwProblem, task: SearchTask, now: () => number, stop: () => boolean = () => false): SearchOutcome {
  const part = task.jobs && task.vehicles ? subProblem(whole, task.jobs, task.vehicles) : null;
  const p = part ? part.problem : whole;
  const t0 = now();
  const timeMs = task.timeMs ?? Infinity;
  const clock = (): number => (timeMs === Infinity ? 0 : (now() - t0) / timeMs);
  const timeUp = (): boolean => clock() >= 1 || stop();
  const nb = granularNeighbours(p, neighbourCount(p));
  let routes: number[][];
  let iterations: number;
  if (task.kind === 'hgs') {
    const params = task.largePopulation ? { ...DEFAULT_HGS, mu: 25, lambda: 40 } : DEFAULT_HGS;
    const hgs = new Hgs(p, nb, { seed: task.seed, params, ...(task.initial ? { initial: [task.initial] } : {}) });
    hgs.run(timeUp, task.iterations ?? Infinity);
    iterations = hgs.iterations;
    routes = hgs.best ? hgs.best.routes.map((r) => Array.from(r)) : (task.initial ?? []);
  } else if (task.kind === 'sisr') {
    const run = runSisr(p, nb, {
      seed: task.seed,
      progress: () => (stop() ? 1 : clock()),
      ...(task.initial ? { initial: task.initial } : {}),
      ...(task.iterations !== undefined ? { maxIterations: task.iterations } : {}),
    });
    iterations = run.iterations;
    routes = run.unassigned.length === 0 ? run.routes : (task.initial ?? run.routes);
  } else {
    const locked = task.locked ? new Uint8Array(p.nJobs) : undefined;
    for (const j of task.locked ?? []) locked![j] = 1;
    const run = runIls(p, nb, {
      seed: task.seed,
      progress: () => (stop() ? 1 : clock()),
      ...(task.initial ? { initial: task.initial } : {}),
      ...(task.iterations !== undefined ? { maxIterations: task.iterations } : {}),
      ...(task.order ? { order: task.order } : {}),
      ...(task.regret ? { regret: true } : {}),
      ...(locked ? { locked } : {}),
      // Optional jobs: the construction stops only with the whole run (what is placed stands);
      // the task's own time bounds the improvement after it.
      ...(task.optional ? { cancelled: stop } : {}),
    });
    iterations = run.iterations;
    routes = task.optional || run.unassigned.length === 0 ? run.routes : (task.initial ?? run.routes);
  }
  return { ...measure(p, routes, task.optional), routes, iterations };
}

/** Distance and feasibility of routes, recomputed by plain simulation; every job served once (at most once when optional). */
export function measure(
  p: VrptwProblem,
  routes: readonly (readonly number[])[],
  optional = false,
): { distance: number; feasible: boolean } {
  let distance = 0;
  let feasible = true;
  const seen = new Uint8Array(p.nJobs);
  let served = 0;
  routes.forEach((route, v) => {
    if (route.length === 0) return;
    const f = simulateRoute(p, v, route);
    distance += f.distance;
    feasible &&= f.feasible;
    for (const j of route) {
      if (seen[j]) feasible = false;
      seen[j] = 1;
      served++;
    }
  });
  return { distance, feasible: feasible && (optional || served === p.nJobs) };
}
