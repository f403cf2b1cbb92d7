// HGS population management (Vidal 2022): feasible and infeasible subpopulations, each grown to
// mu + lambda and then culled back to mu by biased fitness, which blends cost rank with
// diversity rank (average broken-pairs distance to the nearest few), so the search keeps
// distinct good solutions instead of converging on one.
import { brokenPairs, penalised, type Individual } from './individual';
import type { Rng } from './rng';

export interface PopulationParams {
  mu: number;
  lambda: number;
  nbElite: number;
  nbClose: number;
}

export class Population {
  feasible: Individual[] = [];
  infeasible: Individual[] = [];
  best: Individual | null = null;

  constructor(
    private readonly params: PopulationParams,
    private readonly rng: Rng,
  ) {}

  get size(): number {
    return this.feasible.length + this.infeasible.length;
  }

  /** Adds a priced individual; true when it is a new best feasible solution. */
  add(ind: Individual): boolean {
    const sub = ind.feasible ? this.feasible : this.infeasible;
    for (const other of sub) {
      const d = brokenPairs(ind, other);
      insertNear(other, d, ind);
      insertNear(ind, d, other);
    }
    let at = sub.length;
    while (at > 0 && sub[at - 1]!.cost > ind.cost) at--;
    sub.splice(at, 0, ind);
    if (sub.length > this.params.mu + this.params.lambda) this.survivors(sub);
    if (ind.feasible && (this.best === null || ind.cost < this.best.cost - 1e-9)) {
      this.best = ind;
      return true;
    }
    return false;
  }

  /** Penalties changed: re-price the infeasible subpopulation and restore its order. */
  reprice(penaltyLoad: number, penaltyTw: number): void {
    for (const ind of this.infeasible) ind.cost = penalised(ind, penaltyLoad, penaltyTw);
    this.infeasible.sort((a, b) => a.cost - b.cost);
  }

  /** Binary tournament on biased fitness over both subpopulations. */
  tournament(): Individual {
    this.updateBiased(this.feasible);
    this.updateBiased(this.infeasible);
    const n = this.size;
    const pick = (): Individual => {
      const i = this.rng.below(n);
      return i < this.feasible.length ? this.feasible[i]! : this.infeasible[i - this.feasible.length]!;
    };
    const a = pick();
    const b = pick();
    return a.biased < b.biased ? a : b;
  }

  /** Empties the population (keeps the best) for a restart. */
  restart(): void {
    this.feasible = [];
    this.infeasible = [];
  }

  private avgNear(ind: Individual): number {
    const k = Math.min(this.params.nbClose, ind.near.length);
    if (k === 0) return 0;
    let s = 0;
    for (let i = 0; i < k; i++) s += ind.near[i]!.d;
    return s / k;
  }

  private updateBiased(sub: Individual[]): void {
    const n = sub.length;
    if (n === 0) return;
    if (n === 1) {
      sub[0]!.biased = 0;
      return;
    }
    // sub is sorted by cost; rank diversity (more distant = better).
    const div = sub.map((ind, i) => ({ i, d: this.avgNear(ind) }));
    div.sort((a, b) => b.d - a.d || a.i - b.i);
    const eliteShare = 1 - this.params.nbElite / n;
    for (let r = 0; r < n; r++) {
      const ind = sub[div[r]!.i]!;
      const costRank = div[r]!.i / (n - 1);
      const divRank = r / (n - 1);
      ind.biased = costRank + eliteShare * divRank;
    }
  }

  private survivors(sub: Individual[]): void {
    while (sub.length > this.params.mu) {
      // Clones go first, then the worst biased fitness.
      let worst = -1;
      for (let i = sub.length - 1; i >= 0 && worst < 0; i--) {
        const ind = sub[i]!;
        if (ind.near.length > 0 && ind.near[0]!.d < 1e-9) worst = i;
      }
      if (worst < 0) {
        this.updateBiased(sub);
        worst = 0;
        for (let i = 1; i < sub.length; i++) if (sub[i]!.biased > sub[worst]!.biased) worst = i;
      }
      const gone = sub[worst]!;
      sub.splice(worst, 1);
      for (const other of sub) {
        const k = other.near.findIndex((e) => e.ind === gone);
        if (k >= 0) other.near.splice(k, 1);
      }
    }
  }
}

function insertNear(ind: Individual, d: number, other: Individual): void {
  const list = ind.near;
  let at = list.length;
  while (at > 0 && list[at - 1]!.d > d) at--;
  list.splice(at, 0, { d, ind: other });
}
