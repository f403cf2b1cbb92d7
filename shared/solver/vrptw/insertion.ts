// Cheapest insertion of unrouted jobs: the construction step, and the "recreate" half of ruin
// and recreate. With feasibleOnly, a job goes only where the route stays within windows,
// capacity and shift; jobs with no such place stay unrouted.
import type { RouteState } from './route-state';

export interface InsertionChoice {
  delta: number;
  route: number;
  after: number;
}

/** Best place for job j over every route and position, or route −1 when there is none. */
export function bestInsertion(
  s: RouteState,
  j: number,
  feasibleOnly: boolean,
  out: InsertionChoice,
  skipEmptyAfterFirst = false,
): InsertionChoice {
  out.delta = Infinity;
  out.route = -1;
  out.after = -1;
  let triedEmpty = false;
  for (let r = 0; r < s.nRoutes; r++) {
    if (!s.canServe(r, j)) continue;
    if (s.size[r] === 0) {
      if (skipEmptyAfterFirst && triedEmpty) continue;
      triedEmpty = true;
    }
    const base = s.rCost[r]!;
    const end = s.endOf(r);
    for (let p = s.startOf(r); p !== end; p = s.nxt[p]!) {
      s.accFwd(p);
      s.accNode(r, j);
      s.accBwd(r, s.nxt[p]!);
      const c = s.accEnd(r) - base;
      if (c < out.delta && (!feasibleOnly || (s.aEndTw <= 0 && s.aEndExcess <= 0))) {
        out.delta = c;
        out.route = r;
        out.after = p;
      }
    }
  }
  return out;
}

/**
 * Inserts the given jobs one by one at their cheapest place, then retries the ones left over
 * until none fits, so no leftover job has a feasible place at the end. Returns the leftovers.
 */
export function insertAll(s: RouteState, jobs: ArrayLike<number>, feasibleOnly: boolean, skipEmptyAfterFirst = false): number[] {
  const choice: InsertionChoice = { delta: 0, route: -1, after: -1 };
  let pending: number[] = Array.from(jobs);
  for (;;) {
    const left: number[] = [];
    for (const j of pending) {
      bestInsertion(s, j, feasibleOnly, choice, skipEmptyAfterFirst);
      if (choice.route < 0) {
        left.push(j);
        continue;
      }
      s.linkAfter(j, choice.after);
      s.updateRoute(choice.route);
    }
    if (left.length === 0 || left.length === pending.length) return left;
    pending = left;
  }
}
