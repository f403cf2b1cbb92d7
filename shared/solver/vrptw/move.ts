// A move, described once and used twice: every operator (and insertion, and SWAP*) writes the
// routes it would produce as pieces of the current routes — a prefix, single jobs, stretches
// forward or reversed, a tail. The same description gives the exact change of the penalised cost
// (delta: the pieces' time-window segments concatenated, Vidal et al. 2013) and the one apply
// (the routes rewritten from their pieces), so nothing can price one route and build another.
//
// Call order: reset() → route(r) → pieces… [→ route(r2) → pieces…] → delta() → apply() (optional).
// Every route described starts with prefix(node) of a node on that route.
import type { RouteState } from './route-state';

const PREFIX = 0;
const NODE = 1;
const RANGE = 2;
const REVERSED = 3;
const TAIL = 4;
const MAX_PIECES = 16;

export class Move {
  readonly state: RouteState;
  private readonly s: RouteState;
  private nRoutes = 0;
  private nPieces = 0;
  private readonly ids = new Int32Array(2);
  /** Pieces of route i: pieceStart[i] .. pieceStart[i+1]. */
  private readonly pieceStart = new Int32Array(3);
  private readonly kind = new Int8Array(MAX_PIECES);
  private readonly pa = new Int32Array(MAX_PIECES);
  private readonly pb = new Int32Array(MAX_PIECES);
  private readonly seq: Int32Array;
  private readonly bounds = new Int32Array(3);
  /** After delta(): every route priced keeps its windows, hours and capacity. */
  feasible = false;

  constructor(s: RouteState) {
    this.state = s;
    this.s = s;
    this.seq = new Int32Array(s.nJobs + 1);
  }

  reset(): this {
    this.nRoutes = 0;
    this.nPieces = 0;
    return this;
  }

  /** Starts describing what route r becomes. */
  route(r: number): this {
    this.ids[this.nRoutes] = r;
    this.pieceStart[this.nRoutes] = this.nPieces;
    this.nRoutes++;
    this.pieceStart[this.nRoutes] = this.nPieces;
    return this;
  }

  /** Start depot .. node of node's route. */
  prefix(node: number): this {
    return this.push(PREFIX, node, node);
  }
  node(j: number): this {
    return this.push(NODE, j, j);
  }
  /** a .. b forward (one route). */
  range(a: number, b: number): this {
    return this.push(RANGE, a, b);
  }
  /** b, prev(b), …, a (one route). */
  reversed(b: number, a: number): this {
    return this.push(REVERSED, b, a);
  }
  /** node .. last job of node's route; nothing when node is an end depot. */
  tail(node: number): this {
    return this.push(TAIL, node, node);
  }

  private push(k: number, a: number, b: number): this {
    const i = this.nPieces++;
    this.kind[i] = k;
    this.pa[i] = a;
    this.pb[i] = b;
    this.pieceStart[this.nRoutes] = this.nPieces;
    return this;
  }

  /** Exact change of the penalised cost (Infinity when a job would go to a vehicle that may not serve it). */
  delta(): number {
    let total = 0;
    this.feasible = true;
    for (let i = 0; i < this.nRoutes; i++) {
      const r = this.ids[i]!;
      total += this.price(r, this.pieceStart[i]!, this.pieceStart[i + 1]!) - this.s.cost(r);
    }
    return total;
  }

  /** Penalised cost of route r made of pieces [from, to): the segments concatenated in order. */
  private price(r: number, from: number, to: number): number {
    const s = this.s;
    const nd = s.nodes;
    const { D, T, loc, nLoc, hetero } = nd;
    const { succ, pred, routeIndex } = s;
    const f = s.fwd;
    const b = s.bwd;
    const x0 = this.pa[from]!;
    let dist = f.dist[x0]!;
    let dur = f.dur[x0]!;
    let tw = f.tw[x0]!;
    let E = f.e[x0]!;
    let L = f.l[x0]!;
    let Q = f.q[x0]!;
    let asg = f.asg[x0]!;
    let last = loc[x0]!;
    for (let k = from + 1; k < to; k++) {
      const kind = this.kind[k]!;
      let j = this.pa[k]!;
      if (kind === TAIL) {
        if (j >= s.nJobs) continue;
        if (!hetero || routeIndex[j] === r) {
          // The whole suffix summary at once.
          const ij = last * nLoc + loc[j]!;
          const t = T[ij]!;
          const delta = dur - tw + t;
          const dWait = Math.max(b.e[j]! - delta - L, 0);
          const dTw = Math.max(E + delta - b.l[j]!, 0);
          dist += D[ij]! + b.dist[j]!;
          dur += b.dur[j]! + t + dWait;
          tw += b.tw[j]! + dTw;
          E = Math.max(b.e[j]! - delta, E) - dWait;
          L = Math.min(b.l[j]! - delta, L) + dTw;
          Q += b.q[j]!;
          asg += b.asg[j]!;
          last = loc[s.lastOf(routeIndex[j]!)]!;
          continue;
        }
      }
      // Job by job: a single job, a stretch (either way), or a tail moving to another vehicle.
      const stop = kind === TAIL ? -1 : this.pb[k]!;
      const step = kind === REVERSED ? pred : succ;
      for (;;) {
        const lj = loc[j]!;
        const ij = last * nLoc + lj;
        const t = T[ij]!;
        let Ej = nd.ready[j]!;
        let Lj = nd.due[j]!;
        if (hetero) {
          Ej = nd.readyOn(r, j);
          Lj = nd.dueOn(r, j);
          if (!nd.canServe(r, j)) return Infinity;
          asg += nd.assignCostOf(r, j);
        }
        const delta = dur - tw + t;
        const dWait = Math.max(Ej - delta - L, 0);
        const dTw = Math.max(E + delta - Lj, 0);
        dist += D[ij]!;
        dur += nd.service[j]! + t + dWait;
        tw += dTw;
        E = Math.max(Ej - delta, E) - dWait;
        L = Math.min(Lj - delta, L) + dTw;
        Q += nd.demand[j]!;
        last = lj;
        if (j === stop) break;
        j = step[j]!;
        if (stop < 0 && j >= s.nJobs) break;
      }
    }
    // Back to the route's end depot: no waiting there, arrival by its latest time.
    const e = s.endOf(r);
    const ij = last * nLoc + loc[e]!;
    const t = T[ij]!;
    tw += Math.max(E + dur - tw + t - nd.due[e]!, 0);
    const excess = Math.max(0, Q - nd.capacity[r]!);
    if (tw > 0 || excess > 0) this.feasible = false;
    let cost = dist + D[ij]! + s.penaltyLoad * excess + s.penaltyTw * tw + asg;
    // Back at base at earliest start + duration − time warp.
    if (nd.softEnd !== null) cost += nd.overtimeCost * Math.max(0, E + dur + t - tw - nd.softEnd[r]!);
    return cost;
  }

  /**
   * delta() of reset().route(r).prefix(p).node(j).tail(next(p)) — unrouted job j put right after
   * p on route r — without describing it: the same operations in the same order (so the very same
   * number), for insertion's scan over every place, which prices far more places than it uses.
   * Sets `feasible` as delta() does; describe the move to apply it.
   */
  insertionDelta(r: number, p: number, j: number): number {
    const s = this.s;
    const nd = s.nodes;
    const { D, T, loc, nLoc } = nd;
    const f = s.fwd;
    const b = s.bwd;
    let asg = f.asg[p]!;
    let Ej = nd.ready[j]!;
    let Lj = nd.due[j]!;
    if (nd.hetero) {
      Ej = nd.readyOn(r, j);
      Lj = nd.dueOn(r, j);
      if (!nd.canServe(r, j)) {
        this.feasible = true;
        return Infinity;
      }
      asg += nd.assignCostOf(r, j);
    }
    // The prefix, then job j.
    const lj = loc[j]!;
    let ij = loc[p]! * nLoc + lj;
    let t = T[ij]!;
    let dur = f.dur[p]!;
    let tw = f.tw[p]!;
    let E = f.e[p]!;
    let L = f.l[p]!;
    let delta = dur - tw + t;
    let dWait = Math.max(Ej - delta - L, 0);
    let dTw = Math.max(E + delta - Lj, 0);
    let dist = f.dist[p]! + D[ij]!;
    dur += nd.service[j]! + t + dWait;
    tw += dTw;
    E = Math.max(Ej - delta, E) - dWait;
    L = Math.min(Lj - delta, L) + dTw;
    let Q = f.q[p]! + nd.demand[j]!;
    let last = lj;
    // The rest of the route, as its suffix summary.
    const n = s.succ[p]!;
    if (n < s.nJobs) {
      ij = last * nLoc + loc[n]!;
      t = T[ij]!;
      delta = dur - tw + t;
      dWait = Math.max(b.e[n]! - delta - L, 0);
      dTw = Math.max(E + delta - b.l[n]!, 0);
      dist += D[ij]! + b.dist[n]!;
      dur += b.dur[n]! + t + dWait;
      tw += b.tw[n]! + dTw;
      E = Math.max(b.e[n]! - delta, E) - dWait;
      Q += b.q[n]!;
      asg += b.asg[n]!;
      last = loc[s.lastOf(r)]!;
    }
    const e = s.endOf(r);
    ij = last * nLoc + loc[e]!;
    t = T[ij]!;
    tw += Math.max(E + dur - tw + t - nd.due[e]!, 0);
    const excess = Math.max(0, Q - nd.capacity[r]!);
    this.feasible = !(tw > 0 || excess > 0);
    let cost = dist + D[ij]! + s.penaltyLoad * excess + s.penaltyTw * tw + asg;
    if (nd.softEnd !== null) cost += nd.overtimeCost * Math.max(0, E + dur + t - tw - nd.softEnd[r]!);
    return 0 + (cost - s.cost(r));
  }

  /** Rewrites the described routes in the route state. */
  apply(): void {
    const s = this.s;
    const seq = this.seq;
    let w = 0;
    for (let i = 0; i < this.nRoutes; i++) {
      this.bounds[i] = w;
      for (let k = this.pieceStart[i]!; k < this.pieceStart[i + 1]!; k++) {
        const a = this.pa[k]!;
        const b = this.pb[k]!;
        switch (this.kind[k]) {
          case PREFIX:
            if (s.isDepot(a)) break;
            for (let j = s.next(s.startOf(s.routeOf(a))); ; j = s.next(j)) {
              seq[w++] = j;
              if (j === a) break;
            }
            break;
          case NODE:
            seq[w++] = a;
            break;
          case RANGE:
            for (let j = a; ; j = s.next(j)) {
              seq[w++] = j;
              if (j === b) break;
            }
            break;
          case REVERSED:
            for (let j = a; ; j = s.prev(j)) {
              seq[w++] = j;
              if (j === b) break;
            }
            break;
          default:
            for (let j = a; !s.isDepot(j); j = s.next(j)) seq[w++] = j;
        }
      }
    }
    this.bounds[this.nRoutes] = w;
    s.rewrite(this.nRoutes, this.ids, this.bounds, seq);
  }
}
