// The search over several threads, written once for any executor (worker threads in the
// backend, or in-process for tests and single-threaded use):
//  - up to a few hundred jobs: islands — one HGS per thread, in epochs; between epochs each
//    island takes in the others' best solutions; the best result wins;
//  - larger: decomposition — a construction by compact clusters of customers solved in
//    parallel, then rounds in which the routes are cut into parts of nearby routes (decompose.ts),
//    every part improved by its own search from where it stands, and improvements stitched back.
//
// Determinism: tasks get seeds derived from the run's seed, the round and the part, never from
// timing. Under a work budget (`work`) every task stops after a fixed number of iterations, so
// the answer is identical for a seed whatever the thread count or the machine's load. Under the
// wall clock each task gets a share of the time instead, and the answer depends on how much CPU
// the run got (it is always feasible and never worse than the construction).
import { clustersOf, partsOf, type Part } from './decompose';
import type { VrptwProblem } from './problem';
import { insertAll } from './insertion';
import { Move } from './move';
import { Rng } from './rng';
import { RouteState } from './route-state';
import { measure, type SearchOutcome, type SearchTask } from './search-task';
import { routesFromPart, routesIntoPart, subProblem } from './subproblem';

/** Runs tasks (in parallel where it can) and returns their outcomes in task order; `until` ends them early (on opts.now's clock). */
export type Executor = (tasks: readonly SearchTask[], until: number) => Promise<SearchOutcome[]>;

/** From this many jobs on, the search works in parts. */
export const DECOMPOSE_FROM = 400;
/** Jobs per part: large enough for good moves inside, small enough for many iterations. */
const PART_SIZE = 120;
/**
 * ...and of at least this many routes. Where routes are long (30 jobs each on type-2 instances),
 * 120 jobs would be 4 routes with little to trade between them; 8 routes a part there took
 * GH1000 c2/r2/rc2 from 1.79% to 1.28% at 60 s (two seeds; 6: 1.40%, 10: 1.28% with a thread idle,
 * 12: 1.55%). Short routes (type 1, about 10 jobs) reach 120 jobs first, so they are unchanged.
 */
const MIN_PART_ROUTES = 8;
/**
 * Time for one part's search: the run's limit spread over about ROUNDS rounds, within these
 * bounds. Short searches and many rounds beat long ones: each round cuts the plan along new lines
 * and each search cools afresh. Measured on the two 1,000-customer instances, mean gap at 60 s:
 * 2.5 s per part 3.1%, 1.5 s 2.5%, 1 s 2.0%, 0.7 s 2.2% (one seed; 1 s over three); at 10 s,
 * 0.5 s 4.2%, 0.3 s 3.9%, 0.2 s 3.7% (two seeds).
 */
const MIN_TASK_MS = 200;
const MAX_TASK_MS = 1000;
const ROUNDS = 10;

export interface ParallelOptions {
  seed: number;
  threads: number;
  timeLimitMs: number;
  /** Milliseconds on the executor's clock. */
  now: () => number;
  exec: Executor;
  /** Deterministic work budget instead of the clock: rounds of parts, iterations per task. */
  work?: { rounds: number; iterations: number };
  /** Decompose from this many jobs (default DECOMPOSE_FROM), into parts of about this many (default PART_SIZE). */
  decomposeFrom?: number;
  partSize?: number;
  onProgress?: (progress: { fraction: number; distance: number; round: number }) => void;
  /**
   * Cores of CPU the run has had since the last call (process CPU time over wall time). Given
   * under the wall clock, islands start as one and grow to the cores the run actually gets (and
   * shrink to the best when it gets less): on a busy machine islands sharing a core each get too
   * little to converge, and one search with all the CPU there is does better.
   */
  coresObtained?: () => number;
}

export interface ParallelResult {
  routes: number[][];
  distance: number;
  feasible: boolean;
  vehicles: number;
  /** Rounds of parts (0 for islands). */
  rounds: number;
  iterations: number;
}

export async function solveParallel(p: VrptwProblem, opts: ParallelOptions): Promise<ParallelResult> {
  const t0 = opts.now();
  const until = opts.work ? Infinity : t0 + opts.timeLimitMs;
  return p.nJobs < (opts.decomposeFrom ?? DECOMPOSE_FROM) ? islands(p, opts, until) : decomposed(p, opts, t0, until);
}

/** Epochs of the islands: migration between them (each takes in the others' best). */
const EPOCHS = 4;
/** Under the wall clock the first epoch is short: one island, measuring the CPU the run gets. */
const ADAPTIVE_EPOCH_ENDS = [0.125, 0.4, 0.7, 1];

async function islands(p: VrptwProblem, opts: ParallelOptions, until: number): Promise<ParallelResult> {
  const n = Math.max(1, opts.threads);
  const t0 = opts.now();
  /** Each island's latest outcome; `active` are the islands still searching. */
  const outs: SearchOutcome[] = [];
  const adaptive = !opts.work && opts.coresObtained !== undefined;
  let active = Array.from({ length: adaptive ? 1 : n }, (_, i) => i);
  let iterations = 0;
  opts.coresObtained?.();
  for (let e = 0; e < EPOCHS; e++) {
    const fraction = adaptive ? ADAPTIVE_EPOCH_ENDS[e]! : (e + 1) / EPOCHS;
    const epochEnd = t0 + fraction * opts.timeLimitMs;
    const tasks: SearchTask[] = active.map((i) => ({
      kind: 'hgs',
      island: `island-${i}`,
      worker: i,
      seed: taskSeed(opts.seed, 0, i),
      largePopulation: opts.timeLimitMs >= 4000,
      // Each island takes in the others' best from the epoch before.
      migrants: outs.filter((o, k) => k !== i && o.feasible).map((o) => o.routes),
      ...(opts.work ? { iterations: Math.ceil(opts.work.iterations / EPOCHS) } : { timeMs: Math.max(1, epochEnd - opts.now()) }),
    }));
    const got = await opts.exec(tasks, until);
    active.forEach((i, k) => (outs[i] = got[k]!));
    iterations += got.reduce((a, o) => a + o.iterations, 0);
    opts.onProgress?.({ fraction, distance: bestOf(outs).distance, round: 0 });
    if (!opts.work && opts.now() >= until) break;
    if (adaptive) {
      const cores = opts.coresObtained!();
      // Nearly a core each: there is room for every island (the new ones start from the best so far).
      if (cores >= 0.75 * active.length) active = Array.from({ length: n }, (_, i) => i);
      // A busy machine: only as many islands as the cores the run had, the best ones.
      else {
        const keep = Math.max(1, Math.min(active.length, Math.round(cores)));
        active = [...active].sort((a, b) => better(outs[a]!, outs[b]!) || a - b).slice(0, keep);
      }
    }
  }
  const best = bestOf(outs);
  return { ...best, vehicles: best.routes.filter((r) => r.length > 0).length, rounds: 0, iterations };
}

/** Negative when a is the better outcome (feasible first, then shorter). */
function better(a: SearchOutcome, b: SearchOutcome): number {
  if (a.feasible !== b.feasible) return a.feasible ? -1 : 1;
  return a.distance - b.distance;
}

function bestOf(outs: readonly SearchOutcome[]): SearchOutcome {
  let best = outs[0]!;
  for (const o of outs) if (o && o.feasible && (!best.feasible || o.distance < best.distance - 1e-9)) best = o;
  return best;
}

async function decomposed(p: VrptwProblem, opts: ParallelOptions, t0: number, until: number): Promise<ParallelResult> {
  const threads = Math.max(1, opts.threads);
  const size = opts.partSize ?? PART_SIZE;
  const rng = new Rng(opts.seed);
  const elapsed = (): number => opts.now() - t0;
  // Time per task: the parts of a round take a few waves over the threads.
  const waves = Math.ceil(Math.ceil(p.nJobs / size) / threads);
  const taskMs = Math.min(MAX_TASK_MS, Math.max(MIN_TASK_MS, opts.timeLimitMs / (waves * ROUNDS)));
  const budget = (): Pick<SearchTask, 'iterations' | 'timeMs'> =>
    opts.work ? { iterations: opts.work.iterations } : { timeMs: Math.max(1, Math.min(taskMs, until - opts.now())) };
  /** A part's search: ruin-and-recreate, recreating by regret (no job matters more than another here). */
  const partTask = (seed: number, part: Part, initial?: number[][]): SearchTask => ({
    kind: 'ils',
    seed,
    jobs: part.jobs,
    vehicles: part.vehicles,
    regret: true,
    ...(initial ? { initial } : {}),
    ...budget(),
  });

  // Construction: compact clusters of customers, each solved from scratch.
  let routes: number[][] = Array.from({ length: p.nVehicles }, () => []);
  const clusters = clustersOf(p, rng, size);
  const built = await opts.exec(
    clusters.map((c, i) => partTask(taskSeed(opts.seed, 0, i), c)),
    until,
  );
  let iterations = 0;
  clusters.forEach((c, i) => {
    iterations += built[i]!.iterations;
    routesFromPart(subProblem(p, c.jobs, c.vehicles), built[i]!.routes, routes);
  });
  routes = completed(p, routes);
  let current = measure(p, routes);
  let round = 0;
  const report = (): void => opts.onProgress?.({ fraction: Math.min(1, elapsed() / opts.timeLimitMs), distance: current.distance, round });
  report();
  for (round = 1; opts.work ? round <= opts.work.rounds : opts.now() < until - MIN_TASK_MS / 2; round++) {
    const parts = partsOf(p, routes, rng, size, { minRoutes: MIN_PART_ROUTES });
    const tasks = parts.map((part, i) =>
      partTask(taskSeed(opts.seed, round, i), part, routesIntoPart(subProblem(p, part.jobs, part.vehicles), routes)),
    );
    const outs = await opts.exec(tasks, until);
    routes = stitch(p, routes, parts, outs);
    outs.forEach((o) => (iterations += o.iterations));
    current = measure(p, routes);
    report();
  }
  return { routes, ...current, vehicles: routes.filter((r) => r.length > 0).length, rounds: round - 1, iterations };
}

/**
 * Jobs a part could not place (its vehicles ran out) go where they fit best in the whole plan,
 * feasibly if anywhere, so the plan always serves every job.
 */
function completed(p: VrptwProblem, routes: number[][]): number[][] {
  const state = new RouteState(p);
  state.setPenalties(1e9, 1e9);
  state.load(routes);
  const missing: number[] = [];
  for (let j = 0; j < p.nJobs; j++) if (state.routeOf(j) < 0) missing.push(j);
  if (missing.length === 0) return routes;
  const move = new Move(state);
  insertAll(move, insertAll(move, missing, true), false);
  return state.export();
}

/** Each part's result replaces its routes when it serves the part feasibly over a shorter distance. */
export function stitch(
  p: VrptwProblem,
  routes: readonly (readonly number[])[],
  parts: readonly Part[],
  outs: readonly SearchOutcome[],
): number[][] {
  const next = routes.map((r) => [...r]);
  parts.forEach((part, i) => {
    const out = outs[i]!;
    const sub = subProblem(p, part.jobs, part.vehicles);
    const before = measure(sub.problem, routesIntoPart(sub, routes));
    if (out.feasible && out.distance < before.distance - 1e-9) routesFromPart(sub, out.routes, next);
  });
  return next;
}

/** A seed per task from the run's seed, the round and the task's index (splitmix-style mixing). */
export function taskSeed(seed: number, round: number, index: number): number {
  let z = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(round + 1, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d) >>> 0;
  return (z ^ (z >>> 15)) >>> 0;
}
