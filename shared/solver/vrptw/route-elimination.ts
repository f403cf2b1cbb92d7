// Route elimination for the genetic search: on tight time windows the fewest routes usually give
// the shortest distance too, and crossover rarely finds a smaller fleet by itself. One route of a
// solution is emptied, its jobs go to their cheapest places in the other routes (penalised: they
// may break windows or capacity for now), then local search that may not open a route runs under
// rising penalties until the routes are feasible or the last penalty is reached.
import { insertAll } from './insertion';
import type { LocalSearch } from './local-search';
import type { Rng } from './rng';

/** Penalty multipliers tried in turn: the search stops at the first that ends feasible. */
const PENALTY_STEPS = [1, 10, 100];

/** Index of the smaller (fewer jobs) of two random non-empty routes; -1 when there is none. */
export function pickVictim(routes: readonly ArrayLike<number>[], rng: Rng): number {
  const used: number[] = [];
  for (let r = 0; r < routes.length; r++) if (routes[r]!.length > 0) used.push(r);
  if (used.length === 0) return -1;
  const a = used[rng.below(used.length)]!;
  const b = used[rng.below(used.length)]!;
  return routes[a]!.length <= routes[b]!.length ? a : b;
}

/**
 * Leaves in `ls.state` the solution `routes` without route `victim`: its jobs inserted elsewhere,
 * then searched with base penalties (penaltyLoad, penaltyTw) times 1, 10, 100 without opening a
 * route. Every job stays routed exactly once; the state may end infeasible.
 */
export function eliminateRoute(
  ls: LocalSearch,
  routes: readonly ArrayLike<number>[],
  victim: number,
  rng: Rng,
  penaltyLoad: number,
  penaltyTw: number,
  stop: () => boolean,
): void {
  const st = ls.state;
  st.load(routes);
  const jobs = Array.from(routes[victim]!);
  st.removeJobs(jobs);
  rng.shuffle(jobs);
  st.setPenalties(penaltyLoad, penaltyTw);
  insertAll(ls.move, jobs, false, false, undefined, true);
  ls.resetMemory();
  const open = ls.openRoutes;
  ls.openRoutes = false;
  try {
    for (const f of PENALTY_STEPS) {
      st.setPenalties(penaltyLoad * f, penaltyTw * f);
      ls.run(rng, stop);
      if (stop() || isFeasible(ls)) break;
    }
  } finally {
    ls.openRoutes = open;
  }
}

function isFeasible(ls: LocalSearch): boolean {
  const st = ls.state;
  for (let r = 0; r < st.nRoutes; r++) if (st.timeWarp(r) > 1e-9 || st.loadExcess(r) > 1e-9) return false;
  return true;
}
