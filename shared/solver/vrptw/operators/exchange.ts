// Exchange⟨N, M⟩ (after PyVRP's pyvrp/cpp/search/Exchange.h): the N consecutive jobs starting at
// u trade places with the M consecutive jobs starting at v; with M = 0 they move to just after v
// (v may be a start depot). One operator covers relocate (1,0), 2-relocate (2,0, also reversed),
// swap (1,1) and the segment exchanges (2,1), (2,2), (3,1)…. The travel change of the arcs it
// breaks and makes prunes first; what survives is described as pieces (move.ts), which price the
// move exactly and apply it.
import type { Move } from '../move';
import type { RouteState } from '../route-state';

export const EPS = 1e-6;

/** A move between job u and a neighbour v (a job, or a start depot where the operator allows it). */
export interface NodeOperator {
  readonly name: string;
  /**
   * Exact change of the penalised cost, with the move described in `move` (ready to apply);
   * Infinity when the move does not apply to (u, v) or cannot improve (pruned on travel).
   */
  evaluate(s: RouteState, u: number, v: number, move: Move): number;
  /** Describes the move in `move` without pruning; false when it does not apply to (u, v). */
  describe(s: RouteState, u: number, v: number, move: Move): boolean;
}

/** What a move on routes ru and rv can save beyond its travel change (their penalties and extra costs). */
export function surchargeOf(s: RouteState, ru: number, rv: number): number {
  return ru === rv ? s.surcharge(ru) : s.surcharge(ru) + s.surcharge(rv);
}

export class Exchange implements NodeOperator {
  readonly name: string;

  constructor(
    readonly n: number,
    readonly m: number,
    /** Insert u's segment reversed (a 2-relocate that also turns the pair round). */
    readonly reverse = false,
  ) {
    if (!(n >= 1 && m >= 0 && m <= n)) throw new Error(`Exchange⟨${n},${m}⟩: need N ≥ 1 and 0 ≤ M ≤ N`);
    this.name = `exchange-${n}-${m}${reverse ? '-reversed' : ''}`;
  }

  evaluate(s: RouteState, u: number, v: number, move: Move): number {
    if (u === v) return Infinity;
    const dd = this.m === 0 ? this.relocateChange(s, u, v) : this.swapChange(s, u, v);
    if (dd === Infinity) return Infinity;
    const ru = s.routeIndex[u]!;
    const rv = s.routeIndex[v]!;
    if (!(dd < (ru === rv ? s.surcharge(ru) : s.surcharge(ru) + s.surcharge(rv)) - EPS)) return Infinity;
    this.describe(s, u, v, move);
    return move.delta();
  }

  /**
   * Change in travel of the arcs the move breaks and makes (exact for symmetric travel), or
   * Infinity when it does not apply: a segment runs past its route's end, the segments overlap,
   * v sits inside u's segment, or nothing would change.
   */
  travelChange(s: RouteState, u: number, v: number): number {
    if (u === v) return Infinity;
    return this.m === 0 ? this.relocateChange(s, u, v) : this.swapChange(s, u, v);
  }

  private relocateChange(s: RouteState, u: number, v: number): number {
    const { succ, pred, positionIndex: pos } = s;
    const nJobs = s.nJobs;
    let uLast = u;
    for (let i = 1; i < this.n; i++) if ((uLast = succ[uLast]!) >= nJobs) return Infinity;
    const pu = pred[u]!;
    if (v === pu) return Infinity; // already there
    if (s.routeIndex[u] === s.routeIndex[v] && pos[v]! >= pos[u]! && pos[v]! <= pos[uLast]!) return Infinity;
    const { D, loc, nLoc } = s.nodes;
    const lu = loc[u]!;
    const luL = loc[uLast]!;
    const lpu = loc[pu]! * nLoc;
    const laU = loc[succ[uLast]!]!;
    const lv = loc[v]! * nLoc;
    const lnv = loc[succ[v]!]!;
    const inFirst = this.reverse ? luL : lu;
    const inLast = (this.reverse ? lu : luL) * nLoc;
    return D[lpu + laU]! - D[lpu + lu]! - D[luL * nLoc + laU]! + D[lv + inFirst]! + D[inLast + lnv]! - D[lv + lnv]!;
  }

  private swapChange(s: RouteState, u: number, v: number): number {
    // Equal segments: (u, v) and (v, u) are the same swap; the neighbour lists are symmetric.
    if (this.n === this.m && !this.reverse && u > v) return Infinity;
    const nJobs = s.nJobs;
    if (v >= nJobs) return Infinity;
    const { succ, pred, positionIndex: pos } = s;
    let uLast = u;
    for (let i = 1; i < this.n; i++) if ((uLast = succ[uLast]!) >= nJobs) return Infinity;
    let vLast = v;
    for (let i = 1; i < this.m; i++) if ((vLast = succ[vLast]!) >= nJobs) return Infinity;
    const same = s.routeIndex[u] === s.routeIndex[v];
    const afterU = succ[uLast]!;
    const afterV = succ[vLast]!;
    const { D, loc, nLoc } = s.nodes;
    const lu = loc[u]!;
    const luL = loc[uLast]!;
    const lpu = loc[pred[u]!]! * nLoc;
    const laU = loc[afterU]!;
    const lv = loc[v]!;
    const lvL = loc[vLast]! * nLoc;
    const lpv = loc[pred[v]!]! * nLoc;
    const laV = loc[afterV]!;
    const inFirst = this.reverse ? luL : lu;
    const inLast = (this.reverse ? lu : luL) * nLoc;
    if (same && afterU === v) {
      // u's segment right before v's: pu U V afterV becomes pu V U afterV.
      return D[lpu + lv]! + D[lvL + inFirst]! + D[inLast + laV]! - D[lpu + lu]! - D[luL * nLoc + lv]! - D[lvL + laV]!;
    }
    if (same && afterV === u) {
      return D[lpv + inFirst]! + D[inLast + lv]! + D[lvL + laU]! - D[lpv + lv]! - D[lvL + lu]! - D[luL * nLoc + laU]!;
    }
    if (same && !(pos[uLast]! < pos[v]! || pos[vLast]! < pos[u]!)) return Infinity;
    const made = D[lpu + lv]! + D[lvL + laU]! + D[lpv + inFirst]! + D[inLast + laV]!;
    return made - (D[lpu + lu]! + D[luL * nLoc + laU]! + D[lpv + lv]! + D[lvL + laV]!);
  }

  describe(s: RouteState, u: number, v: number, move: Move): boolean {
    if (this.travelChange(s, u, v) === Infinity) return false;
    const uLast = lastOfSegment(s, u, this.n);
    const ru = s.routeOf(u);
    const rv = s.routeOf(v);
    const pu = s.prev(u);
    const afterU = s.next(uLast);
    move.reset();
    if (this.m === 0) {
      const nv = s.next(v);
      if (ru !== rv) this.segmentU(move.route(ru).prefix(pu).tail(afterU).route(rv).prefix(v), u, uLast).tail(nv);
      else if (s.position(v) < s.position(u)) this.segmentU(move.route(ru).prefix(v), u, uLast).range(nv, pu).tail(afterU);
      else this.segmentU(move.route(ru).prefix(pu).range(afterU, v), u, uLast).tail(nv);
      return true;
    }
    const vLast = lastOfSegment(s, v, this.m);
    const pv = s.prev(v);
    const afterV = s.next(vLast);
    if (ru !== rv) {
      move.route(ru).prefix(pu).range(v, vLast).tail(afterU);
      this.segmentU(move.route(rv).prefix(pv), u, uLast).tail(afterV);
    } else if (s.position(uLast) < s.position(v)) {
      move.route(ru).prefix(pu).range(v, vLast);
      if (afterU !== v) move.range(afterU, pv);
      this.segmentU(move, u, uLast).tail(afterV);
    } else {
      this.segmentU(move.route(ru).prefix(pv), u, uLast);
      if (afterV !== u) move.range(afterV, pu);
      move.range(v, vLast).tail(afterU);
    }
    return true;
  }

  private segmentU(move: Move, u: number, uLast: number): Move {
    return this.reverse ? move.reversed(uLast, u) : move.range(u, uLast);
  }
}

/** Last job of the k-job segment starting at job `first`, or -1 when the route ends sooner. */
function lastOfSegment(s: RouteState, first: number, k: number): number {
  let last = first;
  for (let i = 1; i < k; i++) {
    last = s.next(last);
    if (s.isDepot(last)) return -1;
  }
  return last;
}
