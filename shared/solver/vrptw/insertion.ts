// Cheapest insertion of unrouted jobs: the construction step, and the "recreate" half of ruin
// and recreate. With feasibleOnly, a job goes only where the route stays within windows,
// capacity and shift; jobs with no such place stay unrouted.
import type { Move } from './move';

/** Room for rounding between the bound and the exact price (the bound skips only what is clearly worse). */
const BOUND_SLACK = 1e-7;

export interface InsertionChoice {
  delta: number;
  route: number;
  after: number;
}

/** Best place for job j over every route and position, or route −1 when there is none. */
export function bestInsertion(
  move: Move,
  j: number,
  feasibleOnly: boolean,
  out: InsertionChoice,
  skipEmptyAfterFirst = false,
  usedRoutesOnly = false,
): InsertionChoice {
  const s = move.state;
  out.delta = Infinity;
  out.route = -1;
  out.after = -1;
  let triedEmpty = false;
  for (let r = 0; r < s.nRoutes; r++) {
    if (!s.nodes.canServe(r, j)) continue;
    if (s.size(r) === 0) {
      if (usedRoutesOnly || (skipEmptyAfterFirst && triedEmpty)) continue;
      triedEmpty = true;
    }
    placeOnRoute(move, j, r, feasibleOnly, out);
  }
  return out;
}

/**
 * Improves `out` with job j's best place on route r, if cheaper than out.delta. For identical
 * vehicles without overtime a place is skipped unpriced when even its travel and the penalties it
 * must keep (load excess exactly, the time warp of the prefix and suffix around it) cost more than
 * the best so far — the same choice, fewer exact prices.
 */
function placeOnRoute(move: Move, j: number, r: number, feasibleOnly: boolean, out: InsertionChoice): void {
  const s = move.state;
  const nd = s.nodes;
  const plain = !nd.hetero && nd.softEnd === null;
  const { D, loc, nLoc } = nd;
  const { succ } = s;
  const ftw = s.fwd.tw;
  const btw = s.bwd.tw;
  const lj = loc[j]!;
  const end = s.endOf(r);
  const base = plain ? s.distance(r) + s.penaltyLoad * Math.max(0, s.fwd.q[end]! + nd.demand[j]! - nd.capacity[r]!) - s.cost(r) : 0;
  const pt = s.penaltyTw;
  for (let p = s.startOf(r); p !== end; p = succ[p]!) {
    if (plain) {
      const n = succ[p]!;
      const lp = loc[p]! * nLoc;
      const ln = loc[n]!;
      const kept = (p < s.nJobs ? ftw[p]! : 0) + (n < s.nJobs ? btw[n]! : 0);
      if (base + D[lp + lj]! + D[lj * nLoc + ln]! - D[lp + ln]! + pt * kept > out.delta + BOUND_SLACK) continue;
    }
    const c = move.insertionDelta(r, p, j);
    if (c < out.delta && (!feasibleOnly || move.feasible)) {
      out.delta = c;
      out.route = r;
      out.after = p;
    }
  }
}

/** Puts unrouted job j right after node `after` on route r. */
export function insertAfter(move: Move, j: number, r: number, after: number): void {
  move.reset().route(r).prefix(after).node(j).tail(move.state.next(after)).apply();
}

/**
 * Inserts the given jobs one by one at their cheapest place, then retries the ones left over
 * until none fits, so no leftover job has a feasible place at the end. Returns the leftovers.
 */
export function insertAll(
  move: Move,
  jobs: ArrayLike<number>,
  feasibleOnly: boolean,
  skipEmptyAfterFirst = false,
  stop: () => boolean = () => false,
  usedRoutesOnly = false,
): number[] {
  const choice: InsertionChoice = { delta: 0, route: -1, after: -1 };
  let pending: number[] = Array.from(jobs);
  for (;;) {
    const left: number[] = [];
    for (let i = 0; i < pending.length; i++) {
      const j = pending[i]!;
      // Asked to stop (checked every few jobs): the rest stay out.
      if ((i & 15) === 0 && stop()) {
        left.push(...pending.slice(i));
        return left;
      }
      bestInsertion(move, j, feasibleOnly, choice, skipEmptyAfterFirst, usedRoutesOnly);
      if (choice.route < 0) left.push(j);
      else insertAfter(move, j, choice.route, choice.after);
    }
    if (left.length === 0 || left.length === pending.length) return left;
    pending = left;
  }
}

/**
 * Regret insertion (feasible places only): again and again, the job whose best place beats its
 * best place on any other route by the most goes in first (a job with a single route left before
 * all), so jobs with few options are placed before easy ones take their room (Potvin & Rousseau
 * 1993). Each job's best place per route is kept; only the route just changed is priced again.
 * Returns the jobs with no feasible place.
 */
export function insertRegret(move: Move, jobs: ArrayLike<number>): number[] {
  const s = move.state;
  const pending = Array.from(jobs);
  const k = pending.length;
  const R = s.nRoutes;
  const cost = new Float64Array(k * R);
  const after = new Int32Array(k * R);
  const choice: InsertionChoice = { delta: Infinity, route: -1, after: -1 };
  const price = (i: number, r: number): void => {
    choice.delta = Infinity;
    choice.after = -1;
    if (s.nodes.canServe(r, pending[i]!)) placeOnRoute(move, pending[i]!, r, true, choice);
    cost[i * R + r] = choice.delta;
    after[i * R + r] = choice.after;
  };
  for (let i = 0; i < k; i++) for (let r = 0; r < R; r++) price(i, r);
  const placed = new Uint8Array(k);
  for (;;) {
    let pick = -1;
    let pickRoute = -1;
    let pickRegret = -Infinity;
    let pickCost = Infinity;
    for (let i = 0; i < k; i++) {
      if (placed[i]) continue;
      let best = Infinity;
      let second = Infinity;
      let route = -1;
      for (let r = 0; r < R; r++) {
        const c = cost[i * R + r]!;
        if (c < best) {
          second = best;
          best = c;
          route = r;
        } else if (c < second) second = c;
      }
      if (route < 0) continue;
      const regret = second === Infinity ? Infinity : second - best;
      if (regret > pickRegret || (regret === pickRegret && best < pickCost)) {
        pick = i;
        pickRoute = route;
        pickRegret = regret;
        pickCost = best;
      }
    }
    if (pick < 0) break;
    placed[pick] = 1;
    insertAfter(move, pending[pick]!, pickRoute, after[pick * R + pickRoute]!);
    for (let i = 0; i < k; i++) if (!placed[i]) price(i, pickRoute);
  }
  return pending.filter((_, i) => !placed[i]);
}
