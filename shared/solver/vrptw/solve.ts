// The engine's entry point: checks the input, picks the search for the fleet, and returns the
// best solution found within the time limit (anytime: a feasible construction comes first).
//  - identical vehicles, every job required (Solomon): hybrid genetic search (hgs.ts);
//  - vehicles that differ, optional jobs, a starting plan (the diary): ruin and recreate (ils.ts).
import { DEFAULT_HGS, runHgs } from './hgs';
import { runIls } from './ils';
import { granularNeighbours } from './neighbours';
import { checkProblem, isHomogeneous, type VrptwProblem } from './problem';
import { simulateRoute } from './route-check';

/** From this budget on, the genetic search uses HGS's standard population (25 + 40). */
const LONG_RUN_MS = 4000;

export interface SolveOptions {
  /** Same seed, same input and same clock readings: same answer. */
  seed?: number;
  /** Wall-clock budget in ms, measured with `now`. */
  timeLimitMs: number;
  /** Milliseconds from any fixed origin (e.g. performance.now); the solver never reads a clock itself. */
  now: () => number;
  /** Granular neighbourhood size (default 20). */
  neighbours?: number;
  /** Starting routes by vehicle; jobs not in them start unrouted. Forces the ruin-and-recreate search. */
  initial?: readonly (readonly number[])[];
  /** Jobs that must stay where `initial` puts them (ruin skips them). */
  locked?: Uint8Array;
  /** Construction order, most important first. */
  order?: readonly number[];
  /** Stop now, even mid-construction, and return what there is (the planner cancelled). */
  cancelled?: () => boolean;
}

export interface SolveResult {
  /** Routes by vehicle index (job ids in visiting order); empty routes included. */
  routes: number[][];
  /** Jobs left out (allowed when the problem prices unserved jobs, or when no feasible plan was found). */
  unassigned: number[];
  /** Total travel cost (the matrix `dist`) of the routes. */
  distance: number;
  /** Number of non-empty routes. */
  vehicles: number;
  /** Every route within windows, capacity and hours. */
  feasible: boolean;
  iterations: number;
}

export function solveVrptw(p: VrptwProblem, opts: SolveOptions): SolveResult {
  if (!(opts.timeLimitMs >= 1)) throw new Error('time limit must be at least 1 ms');
  checkProblem(p);
  const t0 = opts.now();
  const limit = opts.timeLimitMs;
  const progress = (): number => (opts.now() - t0) / limit;
  const nb = granularNeighbours(p, opts.neighbours ?? 20, opts.locked, opts.cancelled);
  const seed = opts.seed ?? 1;
  if (p.nJobs === 0)
    return {
      routes: Array.from({ length: p.nVehicles }, () => []),
      unassigned: [],
      distance: 0,
      vehicles: 0,
      feasible: true,
      iterations: 0,
    };

  if (isHomogeneous(p) && !opts.initial) {
    // A small population converges within a second; a larger one keeps more diversity for longer runs.
    const params = limit >= LONG_RUN_MS ? { ...DEFAULT_HGS, mu: 25, lambda: 40 } : DEFAULT_HGS;
    const run = runHgs(p, nb, seed, () => progress() >= 1, params);
    const best = run.best;
    if (!best)
      return {
        routes: [],
        unassigned: Array.from({ length: p.nJobs }, (_, j) => j),
        distance: 0,
        vehicles: 0,
        feasible: false,
        iterations: run.iterations,
      };
    return {
      routes: best.routes.map((r) => Array.from(r)),
      unassigned: [],
      distance: best.dist,
      vehicles: best.nRoutes,
      feasible: best.feasible,
      iterations: run.iterations,
    };
  }

  const run = runIls(p, nb, {
    seed,
    progress,
    initial: opts.initial,
    locked: opts.locked,
    order: opts.order,
    ...(opts.cancelled ? { cancelled: opts.cancelled } : {}),
  });
  let distance = 0;
  let vehicles = 0;
  let feasible = true;
  run.routes.forEach((route, v) => {
    if (route.length === 0) return;
    const f = simulateRoute(p, v, route);
    vehicles++;
    distance += f.distance;
    feasible &&= f.feasible;
  });
  return { routes: run.routes, unassigned: run.unassigned, distance, vehicles, feasible, iterations: run.iterations };
}
