// Granular local search in the style of HGS (Vidal 2022): for every job u and each of its
// neighbours v, try relocating u (or the pair u,x) after v, swapping single jobs and pairs,
// 2-opt within a route and 2-opt* between routes; apply the first improving move and carry
// on until a full pass finds nothing. SWAP* between route pairs runs after each pass.
// Every move is priced exactly with the prefix/suffix segments of RouteState.
import type { Neighbours } from './neighbours';
import type { VrptwProblem } from './problem';
import type { Rng } from './rng';
import { RouteState } from './route-state';
import { SwapStar } from './swap-star';

const EPS = 1e-6;
/** Empty vehicles tried per job and pass when vehicles differ. */
const EMPTY_TRIES = 3;

export class LocalSearch extends RouteState {
  private readonly nb: Neighbours;
  private readonly order: Int32Array;
  private readonly routeOrder: Int32Array;
  /** Stamp at which each job was last tested against its neighbours (-1: never). */
  private readonly lastTested: Float64Array;
  private readonly lastSwapStar: Float64Array;
  /** Per job, eligible vehicles by round-trip distance from their base (heterogeneous fleets). */
  private readonly emptyCandidates: Int32Array[] | null;
  private readonly buf: Int32Array;
  private readonly homogeneous: boolean;
  private readonly swapStar: SwapStar | null;
  private improved = false;
  /** Count of applied moves over the lifetime (for statistics). */
  applied = 0;

  constructor(p: VrptwProblem, nb: Neighbours, homogeneous: boolean, useSwapStar = true) {
    super(p);
    this.nb = nb;
    this.homogeneous = homogeneous;
    this.order = Int32Array.from({ length: p.nJobs }, (_, i) => i);
    this.routeOrder = Int32Array.from({ length: p.nVehicles }, (_, i) => i);
    this.lastTested = new Float64Array(p.nJobs).fill(-1);
    this.lastSwapStar = new Float64Array(p.nVehicles).fill(-1);
    this.emptyCandidates = homogeneous ? null : emptyRouteCandidates(this);
    this.buf = new Int32Array(p.nJobs + 2);
    this.swapStar = useSwapStar && p.x && p.y ? new SwapStar(this) : null;
  }

  private d(a: number, b: number): number {
    return this.D[this.loc[a]! * this.nLoc + this.loc[b]!]!;
  }

  /**
   * Runs to a local optimum under the current penalties; stops early when `stop()` says so.
   * A pair (u, v) is only tried again once u's or v's route changed since u was last tried.
   * `incremental` keeps that memory from the previous run, so after a small change (ruin and
   * recreate) only the changed routes are searched again; otherwise everything is tried afresh.
   */
  run(rng: Rng, stop: () => boolean = () => false, incremental = false): void {
    const n = this.nJobs;
    rng.shuffle(this.order);
    rng.shuffle(this.routeOrder);
    if (!incremental) {
      this.lastTested.fill(-1);
      this.lastSwapStar.fill(-1);
    }
    const rStamp = this.rStamp;
    for (let loop = 0; ; loop++) {
      this.improved = false;
      for (let oi = 0; oi < n; oi++) {
        const u = this.order[oi]!;
        if (this.rte[u]! < 0) continue;
        const lastU = this.lastTested[u]!;
        this.lastTested[u] = this.stamp;
        const s = this.nb.start[u]!;
        const e = this.nb.start[u + 1]!;
        for (let k = s; k < e; k++) {
          const v = this.nb.list[k]!;
          const ru = this.rte[u]!;
          const rv = this.rte[v]!;
          if (rv < 0 || ru < 0) continue;
          if (Math.max(rStamp[ru]!, rStamp[rv]!) <= lastU) continue;
          if (this.tryAll(u, v)) continue;
          // v first in its route: also try putting u's material right after the depot.
          const pv = this.prv[v]!;
          if (pv >= n && this.tryDepot(u, pv)) continue;
        }
        // Not in the first pass of a fresh run (HGS): opening routes early inflates the fleet.
        if ((loop > 0 || incremental) && this.rte[u]! >= 0) this.tryEmptyRoutes(u);
      }
      if (this.swapStar !== null) {
        for (let a = 0; a < this.nRoutes; a++) {
          const ra = this.routeOrder[a]!;
          if (this.size[ra] === 0) continue;
          const lastA = this.lastSwapStar[ra]!;
          this.lastSwapStar[ra] = this.stamp;
          for (let b = 0; b < this.nRoutes; b++) {
            const rb = this.routeOrder[b]!;
            if (rb <= ra || this.size[rb] === 0) continue;
            if (Math.max(rStamp[ra]!, rStamp[rb]!) <= lastA) continue;
            if (this.swapStar.run(ra, rb)) this.improvedBy();
          }
        }
      }
      if (!this.improved && (loop > 0 || incremental)) break;
      if (stop()) break;
    }
  }

  private improvedBy(): void {
    this.applied++;
    this.improved = true;
  }

  private tryAll(u: number, v: number): boolean {
    // Different vehicles: u may not be allowed on v's route at all (v's tail may still come to u's).
    if (this.hetero && !this.canServe(this.rte[v]!, u) && !this.canServe(this.rte[u]!, v)) return false;
    if (this.relocate1(u, v) || this.relocate2(u, v, false) || this.relocate2(u, v, true)) return true;
    if (this.swap11(u, v) || this.swap21(u, v) || this.swap22(u, v)) return true;
    if (this.rte[u] === this.rte[v]) return this.twoOpt(u, v);
    return this.twoOptStar(u, v);
  }

  private tryDepot(u: number, depot: number): boolean {
    if (this.relocate1(u, depot) || this.relocate2(u, depot, false) || this.relocate2(u, depot, true)) return true;
    return this.rte[u] !== this.rte[depot] && this.twoOptStar(u, depot);
  }

  private tryEmptyRoutes(u: number): void {
    if (this.emptyCandidates === null) {
      // Identical vehicles: one empty route stands for all.
      for (let r = 0; r < this.nRoutes; r++) if (this.size[r] === 0) return void this.tryEmptyRoute(u, r);
      return;
    }
    // Different vehicles: the few empty ones whose base is nearest.
    let tried = 0;
    for (const r of this.emptyCandidates[u]!) {
      if (this.size[r] !== 0) continue;
      if (this.tryEmptyRoute(u, r) || ++tried >= EMPTY_TRIES) return;
    }
  }

  private tryEmptyRoute(u: number, r: number): boolean {
    const s = this.startOf(r);
    return this.relocate1(u, s) || this.relocate2(u, s, false) || this.relocate2(u, s, true) || this.twoOptStar(u, s);
  }

  private commit(ru: number, rv: number): void {
    this.updateRoute(ru);
    if (rv !== ru) this.updateRoute(rv);
    this.improvedBy();
  }

  /** Move 1: u after v. */
  private relocate1(u: number, v: number): boolean {
    const y = this.nxt[v]!;
    if (u === y || u === v) return false;
    const pu = this.prv[u]!;
    const x = this.nxt[u]!;
    const ru = this.rte[u]!;
    const rv = this.rte[v]!;
    if (ru === rv && v === pu) return false;
    const dd = -this.d(pu, u) - this.d(u, x) + this.d(pu, x) - this.d(v, y) + this.d(v, u) + this.d(u, y);
    let delta: number;
    if (ru !== rv) {
      if (dd >= this.rPen[ru]! + this.rPen[rv]! - EPS) return false;
      this.accFwd(pu);
      this.accBwd(ru, x);
      const cu = this.accEnd(ru);
      this.accFwd(v);
      this.accNode(rv, u);
      this.accBwd(rv, y);
      delta = cu + this.accEnd(rv) - this.rCost[ru]! - this.rCost[rv]!;
    } else {
      if (dd >= this.rPen[ru]! - EPS) return false;
      if (this.pos[u]! < this.pos[v]!) {
        this.accFwd(pu);
        this.accSub(ru, x, v);
        this.accNode(ru, u);
        this.accBwd(ru, y);
      } else {
        this.accFwd(v);
        this.accNode(ru, u);
        this.accSub(ru, y, pu);
        this.accBwd(ru, x);
      }
      delta = this.accEnd(ru) - this.rCost[ru]!;
    }
    if (!(delta < -EPS)) return false;
    this.unlink(u);
    this.linkAfter(u, v);
    this.commit(ru, rv);
    return true;
  }

  /** Moves 2 and 3: the pair (u, x) after v, kept in order or reversed to (x, u). */
  private relocate2(u: number, v: number, reversed: boolean): boolean {
    const x = this.nxt[u]!;
    const y = this.nxt[v]!;
    if (x >= this.nJobs || u === y || v === x || u === v) return false;
    const pu = this.prv[u]!;
    const X = this.nxt[x]!;
    const ru = this.rte[u]!;
    const rv = this.rte[v]!;
    if (ru === rv && v === pu) return false;
    const a = reversed ? x : u; // first of the pair after the move
    const b = reversed ? u : x;
    const dd = -this.d(pu, u) - this.d(u, x) - this.d(x, X) + this.d(pu, X) - this.d(v, y) + this.d(v, a) + this.d(a, b) + this.d(b, y);
    let delta: number;
    if (ru !== rv) {
      if (dd >= this.rPen[ru]! + this.rPen[rv]! - EPS) return false;
      this.accFwd(pu);
      this.accBwd(ru, X);
      const cu = this.accEnd(ru);
      this.accFwd(v);
      this.accNode(rv, a);
      this.accNode(rv, b);
      this.accBwd(rv, y);
      delta = cu + this.accEnd(rv) - this.rCost[ru]! - this.rCost[rv]!;
    } else {
      if (dd >= this.rPen[ru]! - EPS) return false;
      if (this.pos[u]! < this.pos[v]!) {
        this.accFwd(pu);
        this.accSub(ru, X, v);
        this.accNode(ru, a);
        this.accNode(ru, b);
        this.accBwd(ru, y);
      } else {
        this.accFwd(v);
        this.accNode(ru, a);
        this.accNode(ru, b);
        this.accSub(ru, y, pu);
        this.accBwd(ru, X);
      }
      delta = this.accEnd(ru) - this.rCost[ru]!;
    }
    if (!(delta < -EPS)) return false;
    this.unlink(u);
    this.unlink(x);
    this.linkAfter(a, v);
    this.linkAfter(b, a);
    this.commit(ru, rv);
    return true;
  }

  /** Move 4: swap u and v (not adjacent). */
  private swap11(u: number, v: number): boolean {
    const pv = this.prv[v]!;
    const y = this.nxt[v]!;
    if (u === pv || u === y || u === v) return false;
    const pu = this.prv[u]!;
    const x = this.nxt[u]!;
    const ru = this.rte[u]!;
    const rv = this.rte[v]!;
    const dd = -this.d(pu, u) - this.d(u, x) + this.d(pu, v) + this.d(v, x) - this.d(pv, v) - this.d(v, y) + this.d(pv, u) + this.d(u, y);
    let delta: number;
    if (ru !== rv) {
      if (dd >= this.rPen[ru]! + this.rPen[rv]! - EPS) return false;
      this.accFwd(pu);
      this.accNode(ru, v);
      this.accBwd(ru, x);
      const cu = this.accEnd(ru);
      this.accFwd(pv);
      this.accNode(rv, u);
      this.accBwd(rv, y);
      delta = cu + this.accEnd(rv) - this.rCost[ru]! - this.rCost[rv]!;
    } else {
      if (dd >= this.rPen[ru]! - EPS) return false;
      if (this.pos[u]! < this.pos[v]!) {
        this.accFwd(pu);
        this.accNode(ru, v);
        this.accSub(ru, x, pv);
        this.accNode(ru, u);
        this.accBwd(ru, y);
      } else {
        this.accFwd(pv);
        this.accNode(ru, u);
        this.accSub(ru, y, pu);
        this.accNode(ru, v);
        this.accBwd(ru, x);
      }
      delta = this.accEnd(ru) - this.rCost[ru]!;
    }
    if (!(delta < -EPS)) return false;
    this.swapNodes(u, v);
    this.commit(ru, rv);
    return true;
  }

  /** Move 5: swap the pair (u, x) with v. */
  private swap21(u: number, v: number): boolean {
    const x = this.nxt[u]!;
    const pv = this.prv[v]!;
    const y = this.nxt[v]!;
    if (x >= this.nJobs || u === pv || x === pv || u === y || u === v || x === v) return false;
    const pu = this.prv[u]!;
    const X = this.nxt[x]!;
    const ru = this.rte[u]!;
    const rv = this.rte[v]!;
    const dd = -this.d(pu, u) - this.d(x, X) + this.d(pu, v) + this.d(v, X) - this.d(pv, v) - this.d(v, y) + this.d(pv, u) + this.d(x, y);
    let delta: number;
    if (ru !== rv) {
      if (dd >= this.rPen[ru]! + this.rPen[rv]! - EPS) return false;
      this.accFwd(pu);
      this.accNode(ru, v);
      this.accBwd(ru, X);
      const cu = this.accEnd(ru);
      this.accFwd(pv);
      this.accNode(rv, u);
      this.accNode(rv, x);
      this.accBwd(rv, y);
      delta = cu + this.accEnd(rv) - this.rCost[ru]! - this.rCost[rv]!;
    } else {
      if (dd >= this.rPen[ru]! - EPS) return false;
      if (this.pos[u]! < this.pos[v]!) {
        this.accFwd(pu);
        this.accNode(ru, v);
        this.accSub(ru, X, pv);
        this.accNode(ru, u);
        this.accNode(ru, x);
        this.accBwd(ru, y);
      } else {
        this.accFwd(pv);
        this.accNode(ru, u);
        this.accNode(ru, x);
        this.accSub(ru, y, pu);
        this.accNode(ru, v);
        this.accBwd(ru, X);
      }
      delta = this.accEnd(ru) - this.rCost[ru]!;
    }
    if (!(delta < -EPS)) return false;
    this.unlink(x);
    this.swapNodes(u, v);
    this.linkAfter(x, u);
    this.commit(ru, rv);
    return true;
  }

  /** Move 6: swap the pairs (u, x) and (v, y). */
  private swap22(u: number, v: number): boolean {
    const x = this.nxt[u]!;
    const y = this.nxt[v]!;
    const n = this.nJobs;
    if (x >= n || y >= n || u === v) return false;
    const pu = this.prv[u]!;
    const X = this.nxt[x]!;
    if (y === pu || u === y || x === v || v === X) return false;
    const pv = this.prv[v]!;
    const Y = this.nxt[y]!;
    const ru = this.rte[u]!;
    const rv = this.rte[v]!;
    const dd = -this.d(pu, u) - this.d(x, X) + this.d(pu, v) + this.d(y, X) - this.d(pv, v) - this.d(y, Y) + this.d(pv, u) + this.d(x, Y);
    let delta: number;
    if (ru !== rv) {
      if (dd >= this.rPen[ru]! + this.rPen[rv]! - EPS) return false;
      this.accFwd(pu);
      this.accNode(ru, v);
      this.accNode(ru, y);
      this.accBwd(ru, X);
      const cu = this.accEnd(ru);
      this.accFwd(pv);
      this.accNode(rv, u);
      this.accNode(rv, x);
      this.accBwd(rv, Y);
      delta = cu + this.accEnd(rv) - this.rCost[ru]! - this.rCost[rv]!;
    } else {
      if (dd >= this.rPen[ru]! - EPS) return false;
      if (this.pos[u]! < this.pos[v]!) {
        this.accFwd(pu);
        this.accNode(ru, v);
        this.accNode(ru, y);
        this.accSub(ru, X, pv);
        this.accNode(ru, u);
        this.accNode(ru, x);
        this.accBwd(ru, Y);
      } else {
        this.accFwd(pv);
        this.accNode(ru, u);
        this.accNode(ru, x);
        this.accSub(ru, Y, pu);
        this.accNode(ru, v);
        this.accNode(ru, y);
        this.accBwd(ru, X);
      }
      delta = this.accEnd(ru) - this.rCost[ru]!;
    }
    if (!(delta < -EPS)) return false;
    this.swapNodes(u, v);
    this.swapNodes(x, y);
    this.commit(ru, rv);
    return true;
  }

  /** Move 7: 2-opt within a route, reversing x..v. */
  private twoOpt(u: number, v: number): boolean {
    if (this.pos[u]! >= this.pos[v]!) return false;
    const x = this.nxt[u]!;
    if (x === v) return false;
    const y = this.nxt[v]!;
    const r = this.rte[u]!;
    const dd = -this.d(u, x) - this.d(v, y) + this.d(u, v) + this.d(x, y);
    if (dd >= this.rPen[r]! - EPS) return false;
    this.accFwd(u);
    this.accRev(r, v, x);
    this.accBwd(r, y);
    if (!(this.accEnd(r) - this.rCost[r]! < -EPS)) return false;
    let k = 0;
    for (let i = x; ; i = this.nxt[i]!) {
      this.buf[k++] = i;
      if (i === v) break;
    }
    let prev = u;
    for (let q = k - 1; q >= 0; q--) {
      const i = this.buf[q]!;
      this.nxt[prev] = i;
      this.prv[i] = prev;
      prev = i;
    }
    this.nxt[prev] = y;
    this.prv[y] = prev;
    this.commit(r, r);
    return true;
  }

  /** Move 9: 2-opt* between routes: (u,x),(v,y) become (u,y),(v,x): the tails are exchanged. */
  private twoOptStar(u: number, v: number): boolean {
    const ru = this.rte[u]!;
    const rv = this.rte[v]!;
    const x = this.nxt[u]!;
    const y = this.nxt[v]!;
    const n = this.nJobs;
    const xe = x >= n ? this.endOf(rv) : x; // what v will be followed by
    const ye = y >= n ? this.endOf(ru) : y;
    const dd = -this.d(u, x) - this.d(v, y) + this.d(u, ye) + this.d(v, xe);
    if (dd >= this.rPen[ru]! + this.rPen[rv]! - EPS) return false;
    this.accFwd(u);
    this.accBwd(ru, y);
    const cu = this.accEnd(ru);
    this.accFwd(v);
    this.accBwd(rv, x);
    const delta = cu + this.accEnd(rv) - this.rCost[ru]! - this.rCost[rv]!;
    if (!(delta < -EPS)) return false;
    const eu = this.endOf(ru);
    const ev = this.endOf(rv);
    const lastU = this.prv[eu]!;
    const lastV = this.prv[ev]!;
    if (y < n) {
      this.nxt[u] = y;
      this.prv[y] = u;
      this.nxt[lastV] = eu;
      this.prv[eu] = lastV;
    } else {
      this.nxt[u] = eu;
      this.prv[eu] = u;
    }
    if (x < n) {
      this.nxt[v] = x;
      this.prv[x] = v;
      this.nxt[lastU] = ev;
      this.prv[ev] = lastU;
    } else {
      this.nxt[v] = ev;
      this.prv[ev] = v;
    }
    this.commit(ru, rv);
    return true;
  }

  /** Exchanges two non-adjacent jobs in place. */
  swapNodes(u: number, v: number): void {
    const pu = this.prv[u]!;
    const xu = this.nxt[u]!;
    const pv = this.prv[v]!;
    const yv = this.nxt[v]!;
    this.nxt[pu] = v;
    this.prv[v] = pu;
    this.nxt[v] = xu;
    this.prv[xu] = v;
    this.nxt[pv] = u;
    this.prv[u] = pv;
    this.nxt[u] = yv;
    this.prv[yv] = u;
  }
}

/** For each job: the vehicles that may serve it, nearest round trip from their base first. */
function emptyRouteCandidates(s: RouteState): Int32Array[] {
  const out: Int32Array[] = [];
  const m = s.nLoc;
  for (let j = 0; j < s.nJobs; j++) {
    const lj = s.loc[j]!;
    const list: number[] = [];
    for (let r = 0; r < s.nRoutes; r++) if (s.canServe(r, j)) list.push(r);
    const trip = (r: number): number => s.D[s.loc[s.startOf(r)]! * m + lj]! + s.D[lj * m + s.loc[s.endOf(r)]!]!;
    list.sort((a, b) => trip(a) - trip(b) || a - b);
    out.push(Int32Array.from(list));
  }
  return out;
}
