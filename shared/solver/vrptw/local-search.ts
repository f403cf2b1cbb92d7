// Granular local search in the style of HGS (Vidal 2022): for every job u and each of its
// neighbours v, try the node operators in turn — Exchange⟨1,0⟩, ⟨2,0⟩ (also reversed), ⟨1,1⟩,
// ⟨2,1⟩, ⟨2,2⟩, then 2-opt within a route or 2-opt* between routes — and apply the first that
// improves; carry on until a full pass finds nothing. SWAP* between route pairs runs after each
// pass when enabled. Every operator only describes its move (move.ts), which prunes on distance,
// prices exactly and applies the same way for all.
import { Move } from './move';
import type { Neighbours } from './neighbours';
import { EPS as EXCHANGE_EPS, Exchange } from './operators/exchange';
import { exchangeTravelChanges, FLOORS, penaltyFloors, SWEPT, sweptOperators } from './operators/exchange-sweep';
import { SwapStar } from './operators/swap-star';
import { TwoOpt, TwoOptStar } from './operators/two-opt';
import type { VrptwProblem } from './problem';
import type { Rng } from './rng';
import { RouteState } from './route-state';

/** Read once: a cross-module binding read in the hot loop costs a getter call per move when transpiled to CommonJS (tsx). */
const EPS = EXCHANGE_EPS;

/** Empty vehicles tried per job and pass when vehicles differ. */
const EMPTY_TRIES = 3;

/** The node operators, in the order they are tried for each (u, v) (their travel changes come from one sweep). */
export function defaultOperators(): Exchange[] {
  return sweptOperators();
}

export class LocalSearch {
  readonly state: RouteState;
  readonly move: Move;
  private readonly nb: Neighbours;
  private readonly ops: Exchange[];
  /** Moves that empty a route or fill an empty one: relocations and 2-opt*. */
  private readonly depotOps: Exchange[];
  private readonly twoOpt = new TwoOpt();
  private readonly twoOptStar = new TwoOptStar();
  /** The operators' travel changes for the pair being tried. */
  private readonly travel = new Float64Array(SWEPT);
  /** Lower bounds on the change of penalties per operator (then 2-opt*), for a pair on two routes. */
  private readonly floors = new Float64Array(FLOORS);
  /** Identical vehicles without overtime: a route's cost is its travel and its two penalties (penaltyFloors applies). */
  private readonly plain: boolean;
  private readonly order: Int32Array;
  private readonly routeOrder: Int32Array;
  /** Stamp at which each job was last tested against its neighbours (-1: never). */
  private readonly lastTested: Float64Array;
  private readonly lastSwapStar: Float64Array;
  /** Per job, eligible vehicles by round-trip distance from their base (heterogeneous fleets; made on first use). */
  private readonly emptyCandidates: (Int32Array | undefined)[] | null;
  private readonly swapStar: SwapStar | null;
  private readonly hetero: boolean;
  private improved = false;
  /** First empty route (-1: none) as of state stamp emptyAt. */
  private firstEmpty = -1;
  private emptyAt = -1;
  /** Memory was reset since the last run: the first pass must look at everything. */
  private fresh = true;
  /** Count of applied moves over the lifetime (for statistics). */
  applied = 0;
  /** May moves put a job into an empty route (open a route)? */
  openRoutes = true;

  constructor(p: VrptwProblem, nb: Neighbours, homogeneous: boolean, useSwapStar = true) {
    this.state = new RouteState(p);
    this.move = new Move(this.state);
    this.nb = nb;
    this.hetero = this.state.nodes.hetero;
    this.plain = !this.hetero && this.state.nodes.softEnd === null;
    this.ops = defaultOperators();
    this.depotOps = this.ops.filter((op) => op.m === 0);
    this.order = Int32Array.from({ length: p.nJobs }, (_, i) => i);
    this.routeOrder = Int32Array.from({ length: p.nVehicles }, (_, i) => i);
    this.lastTested = new Float64Array(p.nJobs).fill(-1);
    this.lastSwapStar = new Float64Array(p.nVehicles).fill(-1);
    this.emptyCandidates = homogeneous ? null : new Array<Int32Array | undefined>(p.nJobs);
    this.swapStar = useSwapStar && p.x && p.y ? new SwapStar(this.state, this.move) : null;
  }

  /** Forget what was tested: the next run tries every pair (call after loading a new solution). */
  resetMemory(): void {
    this.lastTested.fill(-1);
    this.lastSwapStar.fill(-1);
    this.fresh = true;
  }

  /** Count every pair as tested now: the next run only tries pairs on routes changed from here on. */
  rememberAllTested(): void {
    this.lastTested.fill(this.state.stamp);
    this.lastSwapStar.fill(this.state.stamp);
    this.fresh = false;
  }

  /**
   * Runs to a local optimum under the current penalties; stops early when `stop()` says so.
   * A pair (u, v) is only tried again once u's or v's route changed since u was last tried, so
   * after a small change (ruin and recreate, a crossover keeping most routes) only what changed
   * is searched again. After resetMemory() everything is tried.
   */
  run(rng: Rng, stop: () => boolean = () => false): void {
    const s = this.state;
    const n = s.nJobs;
    rng.shuffle(this.order);
    rng.shuffle(this.routeOrder);
    const incremental = !this.fresh;
    this.fresh = false;
    // Hot loop: the state's read-only views rather than its accessors.
    const { routeIndex, routeStamp, pred } = s;
    const { start, list } = this.nb;
    for (let loop = 0; ; loop++) {
      this.improved = false;
      for (let oi = 0; oi < n; oi++) {
        const u = this.order[oi]!;
        if (routeIndex[u]! < 0) continue;
        const lastU = this.lastTested[u]!;
        this.lastTested[u] = s.stamp;
        for (let k = start[u]!; k < start[u + 1]!; k++) {
          const v = list[k]!;
          const ru = routeIndex[u]!;
          const rv = routeIndex[v]!;
          if (rv < 0 || ru < 0) continue;
          if (Math.max(routeStamp[ru]!, routeStamp[rv]!) <= lastU) continue;
          if (this.tryPair(u, v)) continue;
          // v first in its route: also try putting u's material right after the depot.
          const pv = pred[v]!;
          if (pv >= n) this.tryDepot(u, pv);
        }
        // Not in the first pass of a fresh run (HGS): opening routes early inflates the fleet.
        if (this.openRoutes && (loop > 0 || incremental) && routeIndex[u]! >= 0) this.tryEmptyRoutes(u);
      }
      if (this.swapStar !== null) this.swapStarPass();
      if (!this.improved && (loop > 0 || incremental)) break;
      if (stop()) break;
    }
  }

  private swapStarPass(): void {
    const s = this.state;
    for (let a = 0; a < s.nRoutes; a++) {
      const ra = this.routeOrder[a]!;
      if (s.size(ra) === 0) continue;
      const lastA = this.lastSwapStar[ra]!;
      this.lastSwapStar[ra] = s.stamp;
      for (let b = 0; b < s.nRoutes; b++) {
        const rb = this.routeOrder[b]!;
        if (rb <= ra || s.size(rb) === 0) continue;
        if (Math.max(s.changedAt(ra), s.changedAt(rb)) <= lastA) continue;
        if (this.swapStar!.run(ra, rb)) this.improvedBy();
      }
    }
  }

  private improvedBy(): void {
    this.applied++;
    this.improved = true;
  }

  /** Applies the move `evaluate` just described when it improves (a cost change below −EPS). */
  private applyIf(delta: number): boolean {
    if (!(delta < -EPS)) return false;
    this.move.apply();
    this.improvedBy();
    return true;
  }

  private tryPair(u: number, v: number): boolean {
    const s = this.state;
    const ru = s.routeIndex[u]!;
    const rv = s.routeIndex[v]!;
    // Different vehicles: u may not be allowed on v's route at all (v's tail may still come to u's).
    if (this.hetero && !s.nodes.canServe(rv, u) && !s.nodes.canServe(ru, v)) return false;
    const m = this.move;
    const ops = this.ops;
    // Exchange.evaluate for each operator in turn, with the travel changes computed together.
    const travel = this.travel;
    exchangeTravelChanges(s, u, v, travel);
    const bound = (ru === rv ? s.surcharge(ru) : s.surcharge(ru) + s.surcharge(rv)) - EPS;
    // Two routes of a plain fleet: a tighter bound (penaltyFloors) before pricing, made when first needed.
    const inter = ru !== rv && this.plain;
    const floors = this.floors;
    let floored = false;
    for (let i = 0; i < SWEPT; i++) {
      if (!(travel[i]! < bound)) continue;
      if (inter) {
        if (!floored) penaltyFloors(s, u, v, floors);
        floored = true;
        if (!(travel[i]! + floors[i]! < -EPS)) continue;
      }
      ops[i]!.describe(s, u, v, m);
      if (this.applyIf(m.delta())) return true;
    }
    if (ru === rv) return this.applyIf(this.twoOpt.evaluate(s, u, v, m));
    if (!inter) return this.applyIf(this.twoOptStar.evaluate(s, u, v, m));
    const dd = this.twoOptStar.travelChange(s, u, v);
    if (!(dd < bound)) return false;
    if (!floored) penaltyFloors(s, u, v, floors);
    if (!(dd + floors[SWEPT]! < -EPS)) return false;
    this.twoOptStar.describe(s, u, v, m);
    return this.applyIf(m.delta());
  }

  private tryDepot(u: number, depot: number): boolean {
    const s = this.state;
    const ops = this.depotOps;
    for (let i = 0; i < ops.length; i++) if (this.applyIf(ops[i]!.evaluate(s, u, depot, this.move))) return true;
    return s.routeOf(u) !== s.routeOf(depot) && this.applyIf(this.twoOptStar.evaluate(s, u, depot, this.move));
  }

  private tryEmptyRoutes(u: number): void {
    const s = this.state;
    if (this.emptyCandidates === null) {
      // Identical vehicles: one empty route stands for all (the first, found again only after a change).
      if (this.emptyAt !== s.stamp) {
        this.emptyAt = s.stamp;
        this.firstEmpty = -1;
        for (let r = 0; r < s.nRoutes && this.firstEmpty < 0; r++) if (s.size(r) === 0) this.firstEmpty = r;
      }
      if (this.firstEmpty >= 0) this.tryDepot(u, s.startOf(this.firstEmpty));
      return;
    }
    // Different vehicles: the few empty ones whose base is nearest.
    let tried = 0;
    const candidates = (this.emptyCandidates[u] ??= emptyRouteCandidates(s, u));
    for (const r of candidates) {
      if (s.size(r) !== 0) continue;
      if (this.tryDepot(u, s.startOf(r)) || ++tried >= EMPTY_TRIES) return;
    }
  }
}

/** The vehicles that may serve job j, nearest round trip from their base first. */
function emptyRouteCandidates(s: RouteState, j: number): Int32Array {
  const list: number[] = [];
  for (let r = 0; r < s.nRoutes; r++) if (s.nodes.canServe(r, j)) list.push(r);
  const trip = (r: number): number => s.dist(s.startOf(r), j) + s.dist(j, s.endOf(r));
  list.sort((a, b) => trip(a) - trip(b) || a - b);
  return Int32Array.from(list);
}
