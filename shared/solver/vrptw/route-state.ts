// The search's working solution: routes as doubly linked lists over integer node ids, with a
// time-window segment summary for every prefix and suffix (Vidal et al. 2013, "time warp"), so
// any move is priced in O(1) by concatenating a few segments. Infeasibility is allowed and
// priced: load over capacity × penaltyLoad + time warp × penaltyTw.
//
// Node ids: jobs 0..nJobs-1, then per route r a start depot nJobs+2r and an end depot nJobs+2r+1.
// Route r is driven by vehicle r.
import type { VrptwProblem } from './problem';

export class RouteState {
  readonly p: VrptwProblem;
  readonly nJobs: number;
  readonly nRoutes: number;
  readonly nLoc: number;
  readonly D: Float64Array;
  readonly T: Float64Array;
  /** Per node: location, earliest/latest start, service, demand. */
  readonly loc: Int32Array;
  readonly ndE: Float64Array;
  readonly ndL: Float64Array;
  readonly ndS: Float64Array;
  readonly ndQ: Float64Array;
  readonly cap: Float64Array;
  /** Eligibility or per-vehicle costs present: moves between routes need checks. */
  readonly hetero: boolean;
  readonly elig: Uint8Array | null;
  readonly asg: Float64Array | null;
  readonly softEnd: Float64Array | null;
  /** Per-vehicle window tightening (vehicle-major), or null. */
  readonly vE: Float64Array | null;
  readonly vL: Float64Array | null;
  readonly otCost: number;

  // Links and positions (rte = -1 when a job is not routed).
  readonly nxt: Int32Array;
  readonly prv: Int32Array;
  readonly rte: Int32Array;
  readonly pos: Int32Array;

  // Prefix summaries: start depot .. node inclusive.
  readonly fDist: Float64Array;
  readonly fDur: Float64Array;
  readonly fTw: Float64Array;
  readonly fE: Float64Array;
  readonly fL: Float64Array;
  readonly fQ: Float64Array;
  readonly fAsg: Float64Array;
  // Suffix summaries: node .. last job inclusive (the end depot is appended separately, so a
  // tail can be priced on another vehicle's route).
  readonly bDist: Float64Array;
  readonly bDur: Float64Array;
  readonly bTw: Float64Array;
  readonly bE: Float64Array;
  readonly bL: Float64Array;
  readonly bQ: Float64Array;
  readonly bAsg: Float64Array;

  // Per route.
  readonly size: Int32Array;
  readonly rCost: Float64Array;
  readonly rDist: Float64Array;
  /** Penalties and extra costs of the route (rCost − rDist): a bound for pruning moves. */
  readonly rPen: Float64Array;
  readonly rLoadExcess: Float64Array;
  readonly rTw: Float64Array;
  readonly rOvertime: Float64Array;
  readonly rAsg: Float64Array;

  penaltyLoad = 1;
  penaltyTw = 1;
  /** Bumped by every route update; rStamp[r] = stamp of r's last update (what changed since when). */
  stamp = 0;
  readonly rStamp: Float64Array;

  // Accumulator for pricing a route built from pieces (kept as fields: no allocation).
  aDist = 0;
  aDur = 0;
  aTw = 0;
  aE = 0;
  aL = 0;
  aQ = 0;
  aAsg = 0;
  aLast = 0;
  aBad = false;
  /** Set by accEnd: the priced route's time warp and load excess (0 and 0 = feasible). */
  aEndTw = 0;
  aEndExcess = 0;

  constructor(p: VrptwProblem) {
    this.p = p;
    const n = p.nJobs;
    const R = p.nVehicles;
    this.nJobs = n;
    this.nRoutes = R;
    this.nLoc = p.nLoc;
    this.D = p.dist;
    this.T = p.time;
    const N = n + 2 * R;
    this.loc = new Int32Array(N);
    this.ndE = new Float64Array(N);
    this.ndL = new Float64Array(N);
    this.ndS = new Float64Array(N);
    this.ndQ = new Float64Array(N);
    for (let j = 0; j < n; j++) {
      this.loc[j] = p.jobLoc[j]!;
      this.ndE[j] = p.ready[j]!;
      this.ndL[j] = p.due[j]!;
      this.ndS[j] = p.service[j]!;
      this.ndQ[j] = p.demand[j]!;
    }
    for (let r = 0; r < R; r++) {
      const s = n + 2 * r;
      this.loc[s] = p.startLoc[r]!;
      this.ndE[s] = p.departEarliest[r]!;
      this.ndL[s] = p.departLatest[r]!;
      this.loc[s + 1] = p.endLoc[r]!;
      // Arrival has no lower bound; the departure bound is a safe stand-in (arrival ≥ departure).
      this.ndE[s + 1] = p.departEarliest[r]!;
      this.ndL[s + 1] = p.returnLatest[r]!;
    }
    this.cap = p.capacity;
    this.elig = p.eligible ?? null;
    this.asg = p.assignCost ?? null;
    this.vE = p.readyAt ?? null;
    this.vL = p.dueAt ?? null;
    this.hetero = this.elig !== null || this.asg !== null || this.vE !== null || this.vL !== null;
    this.softEnd = p.softEnd ?? null;
    this.otCost = p.overtimeCost ?? 0;

    this.nxt = new Int32Array(N);
    this.prv = new Int32Array(N);
    this.rte = new Int32Array(N).fill(-1);
    this.pos = new Int32Array(N);
    const f = (): Float64Array => new Float64Array(N);
    this.fDist = f();
    this.fDur = f();
    this.fTw = f();
    this.fE = f();
    this.fL = f();
    this.fQ = f();
    this.fAsg = f();
    this.bDist = f();
    this.bDur = f();
    this.bTw = f();
    this.bE = f();
    this.bL = f();
    this.bQ = f();
    this.bAsg = f();
    this.size = new Int32Array(R);
    this.rStamp = new Float64Array(R);
    const g = (): Float64Array => new Float64Array(R);
    this.rCost = g();
    this.rDist = g();
    this.rPen = g();
    this.rLoadExcess = g();
    this.rTw = g();
    this.rOvertime = g();
    this.rAsg = g();
    this.clear();
  }

  startOf(r: number): number {
    return this.nJobs + 2 * r;
  }

  endOf(r: number): number {
    return this.nJobs + 2 * r + 1;
  }

  isDepot(node: number): boolean {
    return node >= this.nJobs;
  }

  /** May vehicle r serve job j? */
  canServe(r: number, j: number): boolean {
    return this.elig === null || this.elig[r * this.nJobs + j] !== 0;
  }

  /** Earliest start of job j on route r. */
  readyOn(r: number, j: number): number {
    return this.vE === null ? this.ndE[j]! : Math.max(this.ndE[j]!, this.vE[r * this.nJobs + j]!);
  }

  /** Latest start of job j on route r. */
  dueOn(r: number, j: number): number {
    return this.vL === null ? this.ndL[j]! : Math.min(this.ndL[j]!, this.vL[r * this.nJobs + j]!);
  }

  assignCostOf(r: number, j: number): number {
    return this.asg === null ? 0 : this.asg[r * this.nJobs + j]!;
  }

  /** Every route empty, every job unrouted. */
  clear(): void {
    for (let j = 0; j < this.nJobs; j++) this.rte[j] = -1;
    for (let r = 0; r < this.nRoutes; r++) {
      const s = this.startOf(r);
      this.nxt[s] = s + 1;
      this.prv[s + 1] = s;
      this.prv[s] = -1;
      this.nxt[s + 1] = -1;
      this.updateRoute(r);
    }
  }

  /** Loads routes (job ids, route r on vehicle r); jobs not listed stay unrouted. */
  load(routes: ArrayLike<ArrayLike<number>>): void {
    this.clear();
    for (let r = 0; r < routes.length && r < this.nRoutes; r++) {
      const route = routes[r]!;
      let prev = this.startOf(r);
      for (let i = 0; i < route.length; i++) {
        const j = route[i]!;
        this.nxt[prev] = j;
        this.prv[j] = prev;
        prev = j;
      }
      this.nxt[prev] = this.endOf(r);
      this.prv[this.endOf(r)] = prev;
      this.updateRoute(r);
    }
  }

  /**
   * Puts back the given routes for every route changed since `since` (a stamp), leaving the
   * others alone: undoing a rejected step costs what the step touched, not the whole plan.
   */
  restore(routes: readonly (readonly number[])[], since: number): void {
    const dirty: number[] = [];
    for (let r = 0; r < this.nRoutes; r++) if (this.rStamp[r]! > since) dirty.push(r);
    for (const r of dirty) for (let j = this.nxt[this.startOf(r)]!; j < this.nJobs; j = this.nxt[j]!) this.rte[j] = -1;
    for (const r of dirty) {
      let prev = this.startOf(r);
      for (const j of routes[r] ?? []) {
        this.nxt[prev] = j;
        this.prv[j] = prev;
        prev = j;
      }
      this.nxt[prev] = this.endOf(r);
      this.prv[this.endOf(r)] = prev;
      this.updateRoute(r);
    }
  }

  /** The routes as job-id arrays (one per vehicle, possibly empty). */
  export(): number[][] {
    const out: number[][] = [];
    for (let r = 0; r < this.nRoutes; r++) {
      const route: number[] = [];
      for (let j = this.nxt[this.startOf(r)]!; j < this.nJobs; j = this.nxt[j]!) route.push(j);
      out.push(route);
    }
    return out;
  }

  totalCost(): number {
    let c = 0;
    for (let r = 0; r < this.nRoutes; r++) c += this.rCost[r]!;
    return c;
  }

  /** Recomputes positions and prefix/suffix summaries of route r, and its cost. */
  updateRoute(r: number): void {
    this.rStamp[r] = ++this.stamp;
    const { loc, ndE, ndL, ndS, ndQ, D, T, nLoc } = this;
    const s = this.startOf(r);
    const e = s + 1;
    this.pos[s] = 0;
    this.rte[s] = r;
    this.fDist[s] = 0;
    this.fDur[s] = 0;
    this.fTw[s] = 0;
    this.fE[s] = ndE[s]!;
    this.fL[s] = ndL[s]!;
    this.fQ[s] = 0;
    this.fAsg[s] = 0;
    let p = s;
    let k = 0;
    for (let i = this.nxt[s]!; ; i = this.nxt[i]!) {
      k++;
      this.pos[i] = k;
      this.rte[i] = r;
      const li = loc[i]!;
      const lp = loc[p]!;
      const t = T[lp * nLoc + li]!;
      const Ei = i === e ? ndE[i]! : this.readyOn(r, i);
      const Li = i === e ? ndL[i]! : this.dueOn(r, i);
      const delta = this.fDur[p]! - this.fTw[p]! + t;
      const dWait = Math.max(Ei - delta - this.fL[p]!, 0);
      const dTw = Math.max(this.fE[p]! + delta - Li, 0);
      this.fDist[i] = this.fDist[p]! + D[lp * nLoc + li]!;
      this.fDur[i] = this.fDur[p]! + ndS[i]! + t + dWait;
      this.fTw[i] = this.fTw[p]! + dTw;
      this.fE[i] = Math.max(Ei - delta, this.fE[p]!) - dWait;
      this.fL[i] = Math.min(Li - delta, this.fL[p]!) + dTw;
      this.fQ[i] = this.fQ[p]! + ndQ[i]!;
      this.fAsg[i] = this.fAsg[p]! + (i === e ? 0 : this.assignCostOf(r, i));
      if (i === e) break;
      p = i;
    }
    this.size[r] = k - 1;
    // Suffixes, last job first.
    let nx = -1;
    for (let i = this.prv[e]!; i !== s; i = this.prv[i]!) {
      const Ei = this.readyOn(r, i);
      const Li = this.dueOn(r, i);
      if (nx < 0) {
        this.bDist[i] = 0;
        this.bDur[i] = ndS[i]!;
        this.bTw[i] = 0;
        this.bE[i] = Ei;
        this.bL[i] = Li;
        this.bQ[i] = ndQ[i]!;
        this.bAsg[i] = this.assignCostOf(r, i);
      } else {
        const li = loc[i]!;
        const ln = loc[nx]!;
        const t = T[li * nLoc + ln]!;
        const delta = ndS[i]! + t;
        const dWait = Math.max(this.bE[nx]! - delta - Li, 0);
        const dTw = Math.max(Ei + delta - this.bL[nx]!, 0);
        this.bDist[i] = this.bDist[nx]! + D[li * nLoc + ln]!;
        this.bDur[i] = ndS[i]! + this.bDur[nx]! + t + dWait;
        this.bTw[i] = this.bTw[nx]! + dTw;
        this.bE[i] = Math.max(this.bE[nx]! - delta, Ei) - dWait;
        this.bL[i] = Math.min(this.bL[nx]! - delta, Li) + dTw;
        this.bQ[i] = ndQ[i]! + this.bQ[nx]!;
        this.bAsg[i] = this.bAsg[nx]! + this.assignCostOf(r, i);
      }
      nx = i;
    }
    const excess = Math.max(0, this.fQ[e]! - this.cap[r]!);
    const tw = this.fTw[e]!;
    const ot = this.overtimeOf(r, this.fE[e]!, this.fDur[e]!, tw);
    this.rDist[r] = this.fDist[e]!;
    this.rLoadExcess[r] = excess;
    this.rTw[r] = tw;
    this.rOvertime[r] = ot;
    this.rAsg[r] = this.fAsg[e]!;
    this.rCost[r] = this.fDist[e]! + this.penaltyLoad * excess + this.penaltyTw * tw + this.otCost * ot + this.fAsg[e]!;
    this.rPen[r] = this.rCost[r]! - this.fDist[e]!;
  }

  /** Re-prices every route (after the penalties change). */
  repriceAll(): void {
    for (let r = 0; r < this.nRoutes; r++) this.updateRoute(r);
  }

  private overtimeOf(r: number, e: number, dur: number, tw: number): number {
    if (this.softEnd === null) return 0;
    return Math.max(0, e + dur - tw - this.softEnd[r]!);
  }

  // ---- pricing a route made of pieces --------------------------------------------------

  /** Start with the prefix of `node`'s own route up to and including `node`. */
  accFwd(node: number): void {
    this.aDist = this.fDist[node]!;
    this.aDur = this.fDur[node]!;
    this.aTw = this.fTw[node]!;
    this.aE = this.fE[node]!;
    this.aL = this.fL[node]!;
    this.aQ = this.fQ[node]!;
    this.aAsg = this.fAsg[node]!;
    this.aLast = this.loc[node]!;
    this.aBad = false;
  }

  /** Append job j, to be served by route r. */
  accNode(r: number, j: number): void {
    const lj = this.loc[j]!;
    const ij = this.aLast * this.nLoc + lj;
    const t = this.T[ij]!;
    let Ej = this.ndE[j]!;
    let Lj = this.ndL[j]!;
    if (this.hetero) {
      Ej = this.readyOn(r, j);
      Lj = this.dueOn(r, j);
    }
    const delta = this.aDur - this.aTw + t;
    const dWait = Math.max(Ej - delta - this.aL, 0);
    const dTw = Math.max(this.aE + delta - Lj, 0);
    this.aDist += this.D[ij]!;
    this.aDur += this.ndS[j]! + t + dWait;
    this.aTw += dTw;
    this.aE = Math.max(Ej - delta, this.aE) - dWait;
    this.aL = Math.min(Lj - delta, this.aL) + dTw;
    this.aQ += this.ndQ[j]!;
    this.aLast = lj;
    if (this.hetero) {
      if (!this.canServe(r, j)) this.aBad = true;
      this.aAsg += this.assignCostOf(r, j);
    }
  }

  /** Append a..b following nxt (both in route r). */
  accSub(r: number, a: number, b: number): void {
    for (let i = a; ; i = this.nxt[i]!) {
      this.accNode(r, i);
      if (i === b) break;
    }
  }

  /** Append b, prv(b), ..., a (a reversed stretch of route r). */
  accRev(r: number, b: number, a: number): void {
    for (let i = b; ; i = this.prv[i]!) {
      this.accNode(r, i);
      if (i === a) break;
    }
  }

  /** Append the suffix from `n` to the last job of its route (nothing if n is an end depot), for route r. */
  accBwd(r: number, n: number): void {
    if (n >= this.nJobs) return;
    if (this.hetero && this.rte[n] !== r) {
      // A tail moving to another vehicle: its eligibility and costs change, walk it.
      for (let i = n; i < this.nJobs; i = this.nxt[i]!) this.accNode(r, i);
      return;
    }
    const ln = this.loc[n]!;
    const ij = this.aLast * this.nLoc + ln;
    const t = this.T[ij]!;
    const delta = this.aDur - this.aTw + t;
    const dWait = Math.max(this.bE[n]! - delta - this.aL, 0);
    const dTw = Math.max(this.aE + delta - this.bL[n]!, 0);
    this.aDist += this.D[ij]! + this.bDist[n]!;
    this.aDur += this.bDur[n]! + t + dWait;
    this.aTw += this.bTw[n]! + dTw;
    this.aE = Math.max(this.bE[n]! - delta, this.aE) - dWait;
    this.aL = Math.min(this.bL[n]! - delta, this.aL) + dTw;
    this.aQ += this.bQ[n]!;
    this.aAsg += this.bAsg[n]!;
    this.aLast = this.loc[this.lastOfTail(n)]!;
  }

  /** Close the route with r's end depot; its penalised cost (Infinity if a job is not eligible). */
  accEnd(r: number): number {
    if (this.aBad) return Infinity;
    const e = this.endOf(r);
    const le = this.loc[e]!;
    const ij = this.aLast * this.nLoc + le;
    const t = this.T[ij]!;
    const delta = this.aDur - this.aTw + t;
    const dTw = Math.max(this.aE + delta - this.ndL[e]!, 0);
    const dist = this.aDist + this.D[ij]!;
    const tw = this.aTw + dTw;
    const excess = Math.max(0, this.aQ - this.cap[r]!);
    this.aEndTw = tw;
    this.aEndExcess = excess;
    let cost = dist + this.penaltyLoad * excess + this.penaltyTw * tw + this.aAsg;
    if (this.softEnd !== null) {
      // Back at base at earliest start + duration − time warp (no waiting before the end depot).
      cost += this.otCost * Math.max(0, this.aE + this.aDur + t - tw - this.softEnd[r]!);
    }
    return cost;
  }

  /** Last job of the route holding n (n a job). */
  lastOfTail(n: number): number {
    return this.prv[this.endOf(this.rte[n]!)]!;
  }

  // ---- list surgery ----------------------------------------------------------------------

  /** Unlinks job j (routes are not re-summarised). */
  unlink(j: number): void {
    const a = this.prv[j]!;
    const b = this.nxt[j]!;
    this.nxt[a] = b;
    this.prv[b] = a;
  }

  /** Links job j after node `after` (routes are not re-summarised). */
  linkAfter(j: number, after: number): void {
    const b = this.nxt[after]!;
    this.nxt[after] = j;
    this.prv[j] = after;
    this.nxt[j] = b;
    this.prv[b] = j;
  }
}
