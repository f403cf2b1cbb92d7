// SWAP* (Vidal 2022): exchange u ∈ A and v ∈ B, each going to its best position in the other
// route rather than into the other's old slot. Only route pairs whose angular sectors overlap
// are tried. With time windows the insertion costs do not simply add up, so candidates are
// ranked on exact single-insertion deltas and only the best is priced exactly and applied.
import type { Move } from '../move';
import type { RouteState } from '../route-state';

const EPS = 1e-6;
const TURN = 65536;

function mod(a: number): number {
  return ((a % TURN) + TURN) % TURN;
}

export class SwapStar {
  private readonly s: RouteState;
  private readonly angle: Int32Array;
  /** Per job: best three (delta, after-node) insertions into the other route. */
  private readonly insCost: Float64Array;
  private readonly insAfter: Int32Array;
  private readonly remDelta: Float64Array;

  constructor(
    s: RouteState,
    private readonly move: Move,
  ) {
    this.s = s;
    const p = s.p;
    const n = s.nJobs;
    const c = p.startLoc[0]!;
    const cx = p.x![c]!;
    const cy = p.y![c]!;
    this.angle = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      const l = p.jobLoc[j]!;
      const a = Math.atan2(p.y![l]! - cy, p.x![l]! - cx);
      this.angle[j] = mod(Math.round((a / (2 * Math.PI)) * TURN));
    }
    this.insCost = new Float64Array(3 * n);
    this.insAfter = new Int32Array(3 * n);
    this.remDelta = new Float64Array(n);
  }

  /** Smallest circular sector holding every job of route r, as [start, width]. */
  private sector(r: number, out: Int32Array): void {
    const s = this.s;
    let first = true;
    let start = 0;
    let end = 0;
    for (let j = s.next(s.startOf(r)); !s.isDepot(j); j = s.next(j)) {
      const a = this.angle[j]!;
      if (first) {
        start = end = a;
        first = false;
      } else if (mod(a - start) > mod(end - start)) {
        if (mod(a - end) <= mod(start - a)) end = a;
        else start = a;
      }
    }
    out[0] = start;
    out[1] = mod(end - start);
  }

  private readonly secA = new Int32Array(2);
  private readonly secB = new Int32Array(2);

  private overlap(ra: number, rb: number): boolean {
    this.sector(ra, this.secA);
    this.sector(rb, this.secB);
    const [s1, w1] = this.secA as unknown as [number, number];
    const [s2, w2] = this.secB as unknown as [number, number];
    return mod(s2 - s1) <= w1 || mod(s1 - s2) <= w2;
  }

  /** For every job u of route a: removal delta, and its three cheapest insertions into b. */
  private preprocess(ra: number, rb: number): void {
    const s = this.s;
    const n = s.nJobs;
    for (let u = s.next(s.startOf(ra)); u < n; u = s.next(u)) {
      this.remDelta[u] = this.move.reset().route(ra).prefix(s.prev(u)).tail(s.next(u)).delta();
      const o = 3 * u;
      this.insCost[o] = this.insCost[o + 1] = this.insCost[o + 2] = Infinity;
      this.insAfter[o] = this.insAfter[o + 1] = this.insAfter[o + 2] = -1;
      if (!s.nodes.canServe(rb, u)) continue;
      for (let p = s.startOf(rb); p !== s.endOf(rb); p = s.next(p)) {
        const c = this.move.reset().route(rb).prefix(p).node(u).tail(s.next(p)).delta();
        if (c < this.insCost[o + 2]!) {
          let k = 2;
          while (k > 0 && c < this.insCost[o + k - 1]!) {
            this.insCost[o + k] = this.insCost[o + k - 1]!;
            this.insAfter[o + k] = this.insAfter[o + k - 1]!;
            k--;
          }
          this.insCost[o + k] = c;
          this.insAfter[o + k] = p;
        }
      }
    }
  }

  /** Cheapest estimated insertion of u into v's route with v removed; sets this.bestAfter. */
  private bestAfter = -1;
  private insertWithout(u: number, v: number, rb: number): number {
    const s = this.s;
    const pv = s.prev(v);
    // In v's slot, as a pure insertion delta.
    let best = this.move.reset().route(rb).prefix(pv).node(u).tail(s.next(v)).delta() - this.remDelta[v]!;
    this.bestAfter = pv;
    const o = 3 * u;
    for (let k = 0; k < 3; k++) {
      const p = this.insAfter[o + k]!;
      if (p < 0) break;
      if (p === v || p === pv) continue;
      if (this.insCost[o + k]! < best) {
        best = this.insCost[o + k]!;
        this.bestAfter = p;
      }
      break; // the list is sorted: the first usable entry is the best
    }
    return best;
  }

  /** Describes route r with job `out` removed and job `inn` inserted after `after`. */
  private describe(r: number, out: number, inn: number, after: number): void {
    const s = this.s;
    const m = this.move.route(r);
    const po = s.prev(out);
    const xo = s.next(out);
    if (after === po) m.prefix(po).node(inn).tail(xo);
    else if (s.position(after) < s.position(out)) m.prefix(after).node(inn).range(s.next(after), po).tail(xo);
    else m.prefix(po).range(xo, after).node(inn).tail(s.next(after));
  }

  /** Tries the best SWAP* (or one-way relocation) between routes a and b; true if applied. */
  run(ra: number, rb: number): boolean {
    const s = this.s;
    const n = s.nJobs;
    if (!this.overlap(ra, rb)) return false;
    this.preprocess(ra, rb);
    this.preprocess(rb, ra);
    let best = -EPS;
    let bu = -1;
    let bv = -1;
    let afterU = -1; // where u goes in b
    let afterV = -1; // where v goes in a
    for (let u = s.next(s.startOf(ra)); u < n; u = s.next(u)) {
      const remU = this.remDelta[u]!;
      for (let v = s.next(s.startOf(rb)); v < n; v = s.next(v)) {
        const remV = this.remDelta[v]!;
        // The removals alone must leave room for an improvement after the (positive) insertions.
        if (remU + remV >= best) continue;
        const iu = this.insertWithout(u, v, rb);
        const au = this.bestAfter;
        if (remU + remV + iu >= best) continue;
        const iv = this.insertWithout(v, u, ra);
        const est = remU + remV + iu + iv;
        if (est < best) {
          best = est;
          bu = u;
          bv = v;
          afterU = au;
          afterV = this.bestAfter;
        }
      }
    }
    if (bu < 0) return false;
    this.move.reset();
    this.describe(ra, bu, bv, afterV);
    this.describe(rb, bv, bu, afterU);
    if (!(this.move.delta() < -EPS)) return false;
    this.move.apply();
    return true;
  }
}
