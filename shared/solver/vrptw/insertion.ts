// Cheapest insertion of unrouted jobs: the construction step, and the "recreate" half of ruin
// and recreate. With feasibleOnly, a job goes only where the route stays within windows,
// capacity and shift; jobs with no such place stay unrouted.
import type { Move } from './move';

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
    const end = s.endOf(r);
    for (let p = s.startOf(r); p !== end; p = s.next(p)) {
      const c = move.reset().route(r).prefix(p).node(j).tail(s.next(p)).delta();
      if (c < out.delta && (!feasibleOnly || move.feasible)) {
        out.delta = c;
        out.route = r;
        out.after = p;
      }
    }
  }
  return out;
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
