// The search's working solution: routes as doubly linked lists over node ids (see node-data.ts),
// with a time-window segment summary for every prefix and suffix (Vidal et al. 2013, "time warp"),
// so a route made of pieces of the current routes is priced in O(pieces) plus the jobs visited one
// by one (move.ts does the pricing). Infeasibility is allowed and priced: load over capacity ×
// penaltyLoad + time warp × penaltyTw (+ overtime and per-vehicle assignment costs).
//
// Call order (every state in between is consistent; nothing else changes the arrays):
//   1. new RouteState(p); setPenalties(load, tw)   re-prices every route whenever called
//   2. clear() | load(routes) | restore(routes, since)
//   3. read: next/prev/routeOf/position/size/cost…, or the read-only views for hot loops
//   4. price candidates with a Move (move.ts): nothing changes
//   5. change: Move.apply() → rewrite(...), or removeJobs(...) for ruin. Both re-summarise the
//      routes they touch before returning.
import { NodeData } from './node-data';
import type { VrptwProblem } from './problem';

/**
 * Time-window segment summaries per node (Vidal et al. 2013): travel, duration, time warp,
 * earliest and latest start, load and assignment cost of the segment.
 */
export interface Summaries {
  readonly dist: ArrayLike<number>;
  readonly dur: ArrayLike<number>;
  readonly tw: ArrayLike<number>;
  readonly e: ArrayLike<number>;
  readonly l: ArrayLike<number>;
  readonly q: ArrayLike<number>;
  readonly asg: ArrayLike<number>;
}

export class RouteState {
  readonly p: VrptwProblem;
  readonly nodes: NodeData;
  readonly nJobs: number;
  readonly nRoutes: number;
  private readonly loc: Int32Array;
  private readonly D: Float64Array;
  private readonly T: Float64Array;
  private readonly nLoc: number;

  /**
   * Read-only views of the links for hot loops (the very arrays next/prev/routeOf/position read):
   * successor and predecessor of each node, its route (-1: unrouted job) and position.
   */
  readonly succ: ArrayLike<number>;
  readonly pred: ArrayLike<number>;
  readonly routeIndex: ArrayLike<number>;
  readonly positionIndex: ArrayLike<number>;
  /** Per route, the stamp of its last change (the view changedAt reads). */
  readonly routeStamp: ArrayLike<number>;
  /** Prefix summaries (start depot .. node) and suffix summaries (node .. last job), read-only. */
  readonly fwd: Summaries;
  readonly bwd: Summaries;
  private readonly nxt: Int32Array;
  private readonly prv: Int32Array;
  private readonly rte: Int32Array;
  private readonly pos: Int32Array;
  // Prefix summaries (start depot .. node inclusive) and suffix summaries (node .. last job
  // inclusive; the end depot is added on close, so a tail can be priced on another route).
  private readonly fDist: Float64Array;
  private readonly fDur: Float64Array;
  private readonly fTw: Float64Array;
  private readonly fE: Float64Array;
  private readonly fL: Float64Array;
  private readonly fQ: Float64Array;
  private readonly fAsg: Float64Array;
  private readonly bDist: Float64Array;
  private readonly bDur: Float64Array;
  private readonly bTw: Float64Array;
  private readonly bE: Float64Array;
  private readonly bL: Float64Array;
  private readonly bQ: Float64Array;
  private readonly bAsg: Float64Array;
  // Per route.
  private readonly rSize: Int32Array;
  private readonly rCost: Float64Array;
  private readonly rDist: Float64Array;
  private readonly rLoadExcess: Float64Array;
  private readonly rTw: Float64Array;
  private readonly rOvertime: Float64Array;
  private readonly rAsg: Float64Array;
  private readonly rStamp: Float64Array;
  private penLoad = 1;
  private penTw = 1;
  private stampNow = 0;
  private readonly mark: Float64Array;

  constructor(p: VrptwProblem) {
    this.p = p;
    this.nodes = new NodeData(p);
    const n = p.nJobs;
    const R = p.nVehicles;
    this.nJobs = n;
    this.nRoutes = R;
    this.loc = this.nodes.loc;
    this.D = p.dist;
    this.T = p.time;
    this.nLoc = p.nLoc;
    const N = n + 2 * R;
    this.nxt = new Int32Array(N);
    this.prv = new Int32Array(N);
    this.rte = new Int32Array(N).fill(-1);
    this.pos = new Int32Array(N);
    [this.succ, this.pred, this.routeIndex, this.positionIndex] = [this.nxt, this.prv, this.rte, this.pos];
    this.mark = new Float64Array(R);
    const f = (): Float64Array => new Float64Array(N);
    [this.fDist, this.fDur, this.fTw, this.fE, this.fL, this.fQ, this.fAsg] = [f(), f(), f(), f(), f(), f(), f()];
    [this.bDist, this.bDur, this.bTw, this.bE, this.bL, this.bQ, this.bAsg] = [f(), f(), f(), f(), f(), f(), f()];
    this.fwd = { dist: this.fDist, dur: this.fDur, tw: this.fTw, e: this.fE, l: this.fL, q: this.fQ, asg: this.fAsg };
    this.bwd = { dist: this.bDist, dur: this.bDur, tw: this.bTw, e: this.bE, l: this.bL, q: this.bQ, asg: this.bAsg };
    const g = (): Float64Array => new Float64Array(R);
    [this.rCost, this.rDist, this.rLoadExcess, this.rTw, this.rOvertime, this.rAsg, this.rStamp] = [g(), g(), g(), g(), g(), g(), g()];
    this.rSize = new Int32Array(R);
    this.routeStamp = this.rStamp;
    this.clear();
  }

  // ---- 1. penalties ------------------------------------------------------------------------

  get penaltyLoad(): number {
    return this.penLoad;
  }

  get penaltyTw(): number {
    return this.penTw;
  }

  /** Sets the prices of excess load and time warp, and re-prices every route (when they change). */
  setPenalties(load: number, tw: number): void {
    if (load === this.penLoad && tw === this.penTw) return;
    this.penLoad = load;
    this.penTw = tw;
    for (let r = 0; r < this.nRoutes; r++) this.refresh(r);
  }

  // ---- 2. whole solutions ------------------------------------------------------------------

  /** Every route empty, every job unrouted. */
  clear(): void {
    this.rte.fill(-1, 0, this.nJobs);
    for (let r = 0; r < this.nRoutes; r++) {
      const s = this.startOf(r);
      this.nxt[s] = s + 1;
      this.prv[s + 1] = s;
      this.prv[s] = -1;
      this.nxt[s + 1] = -1;
      this.refresh(r);
    }
  }

  /** Loads routes (job ids, route r on vehicle r); jobs not listed stay unrouted. */
  load(routes: ArrayLike<ArrayLike<number>>): void {
    this.clear();
    for (let r = 0; r < routes.length && r < this.nRoutes; r++) this.link(r, routes[r]!, 0, routes[r]!.length);
    for (let r = 0; r < routes.length && r < this.nRoutes; r++) this.refresh(r);
  }

  /**
   * Puts back the given routes for every route changed since `since` (a stamp), leaving the
   * others alone: undoing a rejected step costs what the step touched, not the whole plan.
   */
  restore(routes: readonly (readonly number[])[], since: number): void {
    const dirty: number[] = [];
    for (let r = 0; r < this.nRoutes; r++) if (this.rStamp[r]! > since) dirty.push(r);
    for (const r of dirty) for (let j = this.nxt[this.startOf(r)]!; j < this.nJobs; j = this.nxt[j]!) this.rte[j] = -1;
    for (const r of dirty) this.link(r, routes[r] ?? [], 0, routes[r]?.length ?? 0);
    for (const r of dirty) this.refresh(r);
  }

  /** The routes as job-id arrays (one per vehicle, possibly empty). */
  export(): number[][] {
    const out: number[][] = [];
    for (let r = 0; r < this.nRoutes; r++) out.push(this.jobsOf(r));
    return out;
  }

  /** Route r's jobs in order. */
  jobsOf(r: number): number[] {
    const route: number[] = [];
    for (let j = this.nxt[this.startOf(r)]!; j < this.nJobs; j = this.nxt[j]!) route.push(j);
    return route;
  }

  // ---- 3. reading ----------------------------------------------------------------------------

  startOf(r: number): number {
    return this.nJobs + 2 * r;
  }
  endOf(r: number): number {
    return this.nJobs + 2 * r + 1;
  }
  isDepot(node: number): boolean {
    return node >= this.nJobs;
  }
  next(node: number): number {
    return this.nxt[node]!;
  }
  prev(node: number): number {
    return this.prv[node]!;
  }
  /** Route of a node; -1 for an unrouted job. */
  routeOf(node: number): number {
    return this.rte[node]!;
  }
  /** 0 for the start depot, 1.. for the jobs, size + 1 for the end depot. */
  position(node: number): number {
    return this.pos[node]!;
  }
  size(r: number): number {
    return this.rSize[r]!;
  }
  /** Last job of route r (its start depot when empty). */
  lastOf(r: number): number {
    return this.prv[this.endOf(r)]!;
  }
  /** Penalised cost of route r: distance + penalties + overtime + assignment costs. */
  cost(r: number): number {
    return this.rCost[r]!;
  }
  distance(r: number): number {
    return this.rDist[r]!;
  }
  /** cost − distance: what a move cannot save beyond its distance change (a pruning bound). */
  surcharge(r: number): number {
    return this.rCost[r]! - this.rDist[r]!;
  }
  timeWarp(r: number): number {
    return this.rTw[r]!;
  }
  loadExcess(r: number): number {
    return this.rLoadExcess[r]!;
  }
  overtime(r: number): number {
    return this.rOvertime[r]!;
  }
  /** Sum of per-vehicle assignment costs on route r. */
  assignCost(r: number): number {
    return this.rAsg[r]!;
  }
  /** Increases with every route change; changedAt(r) is the stamp of r's last change. */
  get stamp(): number {
    return this.stampNow;
  }
  changedAt(r: number): number {
    return this.rStamp[r]!;
  }
  totalCost(): number {
    let c = 0;
    for (let r = 0; r < this.nRoutes; r++) c += this.rCost[r]!;
    return c;
  }
  /** Distance between two nodes. */
  dist(a: number, b: number): number {
    return this.D[this.loc[a]! * this.nLoc + this.loc[b]!]!;
  }
  /** Distance along route r's prefix, start depot .. node (node on r). */
  distanceTo(node: number): number {
    return this.fDist[node]!;
  }

  // ---- 5. changing routes ----------------------------------------------------------------------

  /**
   * Routes ids[0..count) become exactly seq[bounds[i]..bounds[i+1]); jobs that were on them and
   * are not listed become unrouted. The old lists are all read before any is relinked, so jobs
   * may move between the routes named. Re-summarises every route named.
   */
  rewrite(count: number, ids: Int32Array, bounds: Int32Array, seq: Int32Array): void {
    for (let i = 0; i < count; i++) {
      const r = ids[i]!;
      for (let j = this.nxt[this.startOf(r)]!; j < this.nJobs; j = this.nxt[j]!) this.rte[j] = -1;
    }
    for (let i = 0; i < count; i++) this.link(ids[i]!, seq, bounds[i]!, bounds[i + 1]!);
    for (let i = 0; i < count; i++) this.refresh(ids[i]!);
  }

  /** Marks route r as changed (a new stamp) without changing it: searches look at it again. */
  touch(r: number): void {
    this.rStamp[r] = ++this.stampNow;
  }

  /** Takes the given jobs out of their routes (they become unrouted); other jobs keep their order. */
  removeJobs(jobs: ArrayLike<number>): void {
    this.stampNow++;
    const token = this.stampNow;
    const touched: number[] = [];
    for (let k = 0; k < jobs.length; k++) {
      const j = jobs[k]!;
      const r = this.rte[j]!;
      if (r < 0) continue;
      const a = this.prv[j]!;
      const b = this.nxt[j]!;
      this.nxt[a] = b;
      this.prv[b] = a;
      this.rte[j] = -1;
      if (this.mark[r] !== token) {
        this.mark[r] = token;
        touched.push(r);
      }
    }
    for (const r of touched) this.refresh(r);
  }

  private link(r: number, seq: ArrayLike<number>, from: number, to: number): void {
    let prev = this.startOf(r);
    for (let i = from; i < to; i++) {
      const j = seq[i]!;
      this.nxt[prev] = j;
      this.prv[j] = prev;
      prev = j;
    }
    const e = this.endOf(r);
    this.nxt[prev] = e;
    this.prv[e] = prev;
  }

  /** Recomputes positions, prefix and suffix summaries of route r, and its cost. */
  private refresh(r: number): void {
    this.rStamp[r] = ++this.stampNow;
    const nd = this.nodes;
    const { loc, D, T, nLoc } = this;
    const s = this.startOf(r);
    const e = s + 1;
    this.pos[s] = 0;
    this.rte[s] = r;
    this.fDist[s] = this.fDur[s] = this.fTw[s] = this.fQ[s] = this.fAsg[s] = 0;
    this.fE[s] = nd.ready[s]!;
    this.fL[s] = nd.due[s]!;
    let p = s;
    let k = 0;
    for (let i = this.nxt[s]!; ; i = this.nxt[i]!) {
      k++;
      this.pos[i] = k;
      this.rte[i] = r;
      const li = loc[i]!;
      const lp = loc[p]!;
      const t = T[lp * nLoc + li]!;
      const Ei = i === e ? nd.ready[i]! : nd.readyOn(r, i);
      const Li = i === e ? nd.due[i]! : nd.dueOn(r, i);
      const delta = this.fDur[p]! - this.fTw[p]! + t;
      const dWait = Math.max(Ei - delta - this.fL[p]!, 0);
      const dTw = Math.max(this.fE[p]! + delta - Li, 0);
      this.fDist[i] = this.fDist[p]! + D[lp * nLoc + li]!;
      this.fDur[i] = this.fDur[p]! + nd.service[i]! + t + dWait;
      this.fTw[i] = this.fTw[p]! + dTw;
      this.fE[i] = Math.max(Ei - delta, this.fE[p]!) - dWait;
      this.fL[i] = Math.min(Li - delta, this.fL[p]!) + dTw;
      this.fQ[i] = this.fQ[p]! + nd.demand[i]!;
      this.fAsg[i] = this.fAsg[p]! + (i === e ? 0 : nd.assignCostOf(r, i));
      if (i === e) break;
      p = i;
    }
    this.rSize[r] = k - 1;
    this.refreshSuffixes(r);
    const excess = Math.max(0, this.fQ[e]! - nd.capacity[r]!);
    const tw = this.fTw[e]!;
    const ot = nd.softEnd === null ? 0 : Math.max(0, this.fE[e]! + this.fDur[e]! - tw - nd.softEnd[r]!);
    this.rDist[r] = this.fDist[e]!;
    this.rLoadExcess[r] = excess;
    this.rTw[r] = tw;
    this.rOvertime[r] = ot;
    this.rAsg[r] = this.fAsg[e]!;
    this.rCost[r] = this.fDist[e]! + this.penLoad * excess + this.penTw * tw + nd.overtimeCost * ot + this.fAsg[e]!;
  }

  /** Suffix summaries of route r, last job first. */
  private refreshSuffixes(r: number): void {
    const nd = this.nodes;
    const { loc, D, T, nLoc } = this;
    const s = this.startOf(r);
    let nx = -1;
    for (let i = this.prv[s + 1]!; i !== s; i = this.prv[i]!) {
      const Ei = nd.readyOn(r, i);
      const Li = nd.dueOn(r, i);
      if (nx < 0) {
        this.bDist[i] = this.bTw[i] = 0;
        this.bDur[i] = nd.service[i]!;
        this.bE[i] = Ei;
        this.bL[i] = Li;
        this.bQ[i] = nd.demand[i]!;
        this.bAsg[i] = nd.assignCostOf(r, i);
      } else {
        const ij = loc[i]! * nLoc + loc[nx]!;
        const t = T[ij]!;
        const delta = nd.service[i]! + t;
        const dWait = Math.max(this.bE[nx]! - delta - Li, 0);
        const dTw = Math.max(Ei + delta - this.bL[nx]!, 0);
        this.bDist[i] = this.bDist[nx]! + D[ij]!;
        this.bDur[i] = nd.service[i]! + this.bDur[nx]! + t + dWait;
        this.bTw[i] = this.bTw[nx]! + dTw;
        this.bE[i] = Math.max(this.bE[nx]! - delta, Ei) - dWait;
        this.bL[i] = Math.min(this.bL[nx]! - delta, Li) + dTw;
        this.bQ[i] = nd.demand[i]! + this.bQ[nx]!;
        this.bAsg[i] = this.bAsg[nx]! + nd.assignCostOf(r, i);
      }
      nx = i;
    }
  }
}
