// Split (Prins 2004; Vidal's HGS): the optimal cut of a giant tour into consecutive routes for a
// homogeneous fleet, priced with the same penalties as the local search (load excess, time
// warp), as a shortest path over cut points. Falls back to a fleet-limited version (one layer
// per vehicle) when the unlimited cut needs more routes than there are vehicles.
import type { VrptwProblem } from './problem';

export class Splitter {
  private readonly p: VrptwProblem;
  private readonly pot: Float64Array;
  private readonly pred: Int32Array;
  private readonly potK: Float64Array;
  private readonly predK: Int32Array;

  constructor(p: VrptwProblem) {
    this.p = p;
    const n = p.nJobs;
    this.pot = new Float64Array(n + 1);
    this.pred = new Int32Array(n + 1);
    this.potK = new Float64Array((p.nVehicles + 1) * (n + 1));
    this.predK = new Int32Array((p.nVehicles + 1) * (n + 1));
  }

  /**
   * Calls `each(i, j, cost)` for every route giant[i..j] worth considering, in order of i then j.
   * Routes stop growing once the load is far past capacity: such cuts never win.
   */
  private scan(
    giant: Int32Array,
    penaltyLoad: number,
    penaltyTw: number,
    capped: boolean,
    each: (i: number, j: number, cost: number) => void,
  ): void {
    const p = this.p;
    const n = giant.length;
    const m = p.nLoc;
    const depot = p.startLoc[0]!;
    const home = p.endLoc[0]!;
    const cap = p.capacity[0]!;
    const maxLoad = 1.5 * cap;
    const endLate = p.returnLatest[0]!;
    for (let i = 0; i < n; i++) {
      let dist = 0;
      let dur = 0;
      let tw = 0;
      let e = p.departEarliest[0]!;
      let l = p.departLatest[0]!;
      let load = 0;
      let last = depot;
      for (let j = i; j < n; j++) {
        const c = giant[j]!;
        const lc = p.jobLoc[c]!;
        const t = p.time[last * m + lc]!;
        const delta = dur - tw + t;
        const dWait = Math.max(p.ready[c]! - delta - l, 0);
        const dTw = Math.max(e + delta - p.due[c]!, 0);
        dist += p.dist[last * m + lc]!;
        dur += p.service[c]! + t + dWait;
        tw += dTw;
        const ne = Math.max(p.ready[c]! - delta, e) - dWait;
        l = Math.min(p.due[c]! - delta, l) + dTw;
        e = ne;
        load += p.demand[c]!;
        last = lc;
        // Close the route at the depot.
        const tb = p.time[last * m + home]!;
        const twEnd = Math.max(e + dur - tw + tb - endLate, 0);
        const cost = dist + p.dist[last * m + home]! + penaltyLoad * Math.max(0, load - cap) + penaltyTw * (tw + twEnd);
        each(i, j, cost);
        if (capped && load > maxLoad) break;
      }
    }
  }

  /** The giant tour cut into at most nVehicles routes (route r on vehicle r). */
  split(giant: Int32Array, penaltyLoad: number, penaltyTw: number): Int32Array[] {
    const n = giant.length;
    const K = this.p.nVehicles;
    const pot = this.pot;
    const pred = this.pred;
    pot.fill(Infinity);
    pot[0] = 0;
    this.scan(giant, penaltyLoad, penaltyTw, true, (i, j, cost) => {
      const c = pot[i]! + cost;
      if (c < pot[j + 1]!) {
        pot[j + 1] = c;
        pred[j + 1] = i;
      }
    });
    let count = 0;
    for (let j = n; j > 0; j = pred[j]!) count++;
    if (count <= K) return this.cuts(giant, (j) => pred[j]!);
    // Few vehicles: cut again with the layers, first with the load cap, then without it.
    return this.splitLimited(giant, penaltyLoad, penaltyTw, true) ?? this.splitLimited(giant, penaltyLoad, penaltyTw, false)!;
  }

  private splitLimited(giant: Int32Array, penaltyLoad: number, penaltyTw: number, capped: boolean): Int32Array[] | null {
    const n = giant.length;
    const K = this.p.nVehicles;
    const W = n + 1;
    const pot = this.potK;
    const pred = this.predK;
    pot.fill(Infinity);
    pot[0] = 0;
    // Collect route costs once, then relax layer by layer.
    const arcs: number[] = [];
    this.scan(giant, penaltyLoad, penaltyTw, capped, (i, j, cost) => arcs.push(i, j, cost));
    for (let k = 0; k < K; k++) {
      for (let a = 0; a < arcs.length; a += 3) {
        const i = arcs[a]!;
        const from = pot[k * W + i]!;
        if (from === Infinity) continue;
        const j = arcs[a + 1]! + 1;
        const c = from + arcs[a + 2]!;
        if (c < pot[(k + 1) * W + j]!) {
          pot[(k + 1) * W + j] = c;
          pred[(k + 1) * W + j] = i;
        }
      }
    }
    let bestK = -1;
    for (let k = 1; k <= K; k++) if (pot[k * W + n]! < Infinity && (bestK < 0 || pot[k * W + n]! < pot[bestK * W + n]!)) bestK = k;
    if (bestK < 0) return null;
    let k = bestK;
    return this.cuts(giant, (j) => pred[k-- * W + j]!);
  }

  private cuts(giant: Int32Array, predOf: (j: number) => number): Int32Array[] {
    const routes: Int32Array[] = [];
    for (let j = giant.length; j > 0;) {
      const i = predOf(j);
      routes.push(giant.slice(i, j));
      j = i;
    }
    routes.reverse();
    while (routes.length < this.p.nVehicles) routes.push(new Int32Array(0));
    return routes;
  }
}
