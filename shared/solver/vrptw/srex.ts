// Selective route exchange (SREX, Nagata & Kobayashi 2010; as in PyVRP): replace a run of
// consecutive routes of parent A (angular order) by the best-overlapping run of B's routes.
// Route-level structure survives, which suits tight time windows better than tour crossover.
// Two repairs are priced — drop duplicates from B's routes, or from A's kept routes — and the
// cheaper child is left in the search state with missing jobs inserted greedily. A's routes that
// survive untouched were already locally optimal together, so the local search is told to test
// only pairs that involve a changed route.
import type { Individual } from './individual';
import { insertAll } from './insertion';
import type { LocalSearch } from './local-search';
import type { Move } from './move';
import type { RouteState } from './route-state';
import type { Rng } from './rng';

export class Srex {
  private readonly inA: Uint8Array;
  private readonly inB: Uint8Array;
  private readonly missing: number[] = [];

  private readonly s: RouteState;
  private readonly move: Move;

  constructor(private readonly ls: LocalSearch) {
    this.s = ls.state;
    this.move = ls.move;
    this.inA = new Uint8Array(this.s.nJobs);
    this.inB = new Uint8Array(this.s.nJobs);
  }

  /** Marks the jobs of routes order[start..start+k) (circular) in `mark`. */
  private markRoutes(ind: Individual, start: number, k: number, mark: Uint8Array): void {
    mark.fill(0);
    const m = ind.routeOrder.length;
    for (let i = 0; i < k; i++) for (const j of ind.routes[ind.routeOrder[(start + i) % m]!]!) mark[j] = 1;
  }

  /** Jobs in one selection and not in the other, both ways. */
  private difference(): number {
    let d = 0;
    for (let j = 0; j < this.inA.length; j++) if (this.inA[j] !== this.inB[j]) d++;
    return d;
  }

  /** Builds the child into the search state (repaired, not yet improved). */
  cross(a: Individual, b: Individual, rng: Rng): void {
    const mA = a.routeOrder.length;
    const mB = b.routeOrder.length;
    if (mA === 0 || mB === 0) {
      this.s.load(a.routes);
      this.ls.resetMemory();
      return;
    }
    const k = 1 + rng.below(Math.max(1, Math.min(mA, mB) >> 1));
    const startA = rng.below(mA);
    let startB = startA < mB ? startA : 0;
    this.markRoutes(a, startA, k, this.inA);
    this.markRoutes(b, startB, k, this.inB);
    // Slide B's window while that increases the overlap with A's selection.
    let best = this.difference();
    for (let moved = true; moved;) {
      moved = false;
      for (const step of [1, mB - 1]) {
        const cand = (startB + step) % mB;
        this.markRoutes(b, cand, k, this.inB);
        const d = this.difference();
        if (d < best) {
          best = d;
          startB = cand;
          moved = true;
          break;
        }
      }
    }
    this.markRoutes(b, startB, k, this.inB);

    const selA = new Set<number>();
    for (let i = 0; i < k; i++) selA.add(a.routeOrder[(startA + i) % mA]!);
    const selB: number[] = [];
    for (let i = 0; i < k; i++) selB.push(b.routeOrder[(startB + i) % mB]!);

    this.child(a, b, selA, selB, true);
    const cost1 = this.s.totalCost();
    this.child(a, b, selA, selB, false);
    if (cost1 < this.s.totalCost()) this.child(a, b, selA, selB, true);
  }

  private missingOf(routes: number[][]): number[] {
    const seen = new Uint8Array(this.s.nJobs);
    for (const r of routes) for (const j of r) seen[j] = 1;
    this.missing.length = 0;
    for (let j = 0; j < seen.length; j++) if (!seen[j]) this.missing.push(j);
    return this.missing;
  }

  /**
   * A's routes with the selected ones replaced by B's. Jobs B brings that A still serves in its
   * kept routes are dropped from B's routes (dropFromB) or from A's kept routes (otherwise).
   */
  private child(a: Individual, b: Individual, selA: Set<number>, selB: number[], dropFromB: boolean): void {
    const routes: number[][] = [];
    const unchanged: boolean[] = [];
    for (let r = 0; r < a.routes.length; r++) {
      if (a.routes[r]!.length === 0 || selA.has(r)) continue;
      const route = Array.from(a.routes[r]!);
      // A's kept routes hold only jobs outside A's selection; B's selection may bring them again.
      const kept = dropFromB ? route : route.filter((j) => this.inB[j] === 0);
      routes.push(kept);
      unchanged.push(kept.length === route.length);
    }
    for (const r of selB) {
      const route = Array.from(b.routes[r]!);
      routes.push(dropFromB ? route.filter((j) => this.inA[j] === 1) : route);
      unchanged.push(false);
    }
    this.s.load(routes);
    this.ls.rememberAllTested();
    unchanged.forEach((same, r) => same || this.s.touch(r));
    insertAll(this.move, this.missingOf(routes), false, true);
  }
}
