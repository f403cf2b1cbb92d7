// A solution as the genetic search keeps it: routes, the giant tour (routes in angular order,
// for crossover), successor/predecessor arrays (for the broken-pairs distance) and its costs.
import type { RouteState } from './route-state';

export interface Individual {
  /** One entry per vehicle (empty = unused). */
  routes: Int32Array[];
  giant: Int32Array;
  /** Non-empty routes (vehicle indexes) in angular order around the depot. */
  routeOrder: Int32Array;
  /** Per job; -1 = the depot. */
  succ: Int32Array;
  pred: Int32Array;
  dist: number;
  /** Overtime and per-vehicle assignment costs. */
  extra: number;
  loadExcess: number;
  timeWarp: number;
  nRoutes: number;
  feasible: boolean;
  /** Penalised cost under the penalties current when last priced. */
  cost: number;
  /** Rank blend of cost and diversity contribution (lower is better). */
  biased: number;
  /** Other members of the same subpopulation by broken-pairs distance, nearest first. */
  near: { d: number; ind: Individual }[];
}

const FEAS_EPS = 1e-9;

export function penalised(ind: Individual, penaltyLoad: number, penaltyTw: number): number {
  return ind.dist + ind.extra + penaltyLoad * ind.loadExcess + penaltyTw * ind.timeWarp;
}

/** Snapshot of the search state. Routes go into the giant tour by the polar angle of their centre. */
export function individualFrom(s: RouteState): Individual {
  const n = s.nJobs;
  const routes: Int32Array[] = [];
  const succ = new Int32Array(n).fill(-1);
  const pred = new Int32Array(n).fill(-1);
  let dist = 0;
  let extra = 0;
  let loadExcess = 0;
  let timeWarp = 0;
  let nRoutes = 0;
  for (let r = 0; r < s.nRoutes; r++) {
    const route = new Int32Array(s.size(r));
    let k = 0;
    for (let j = s.next(s.startOf(r)); !s.isDepot(j); j = s.next(j)) route[k++] = j;
    for (let i = 0; i < k; i++) {
      pred[route[i]!] = i > 0 ? route[i - 1]! : -1;
      succ[route[i]!] = i + 1 < k ? route[i + 1]! : -1;
    }
    routes.push(route);
    if (k > 0) nRoutes++;
    dist += s.distance(r);
    extra += s.overtime(r) * s.nodes.overtimeCost + s.assignCost(r);
    loadExcess += s.loadExcess(r);
    timeWarp += s.timeWarp(r);
  }
  const routeOrder = angularOrder(s, routes);
  const ind: Individual = {
    routes,
    giant: giantTour(s, routes, routeOrder),
    routeOrder,
    succ,
    pred,
    dist,
    extra,
    loadExcess,
    timeWarp,
    nRoutes,
    feasible: loadExcess <= FEAS_EPS && timeWarp <= FEAS_EPS,
    cost: 0,
    biased: 0,
    near: [],
  };
  ind.cost = penalised(ind, s.penaltyLoad, s.penaltyTw);
  return ind;
}

function angularOrder(s: RouteState, routes: Int32Array[]): Int32Array {
  const p = s.p;
  const order = routes.map((_, r) => r).filter((r) => routes[r]!.length > 0);
  if (p.x && p.y) {
    const c = p.startLoc[0]!;
    const angle = new Float64Array(routes.length);
    for (const r of order) {
      let sx = 0;
      let sy = 0;
      for (const j of routes[r]!) {
        sx += p.x[p.jobLoc[j]!]!;
        sy += p.y[p.jobLoc[j]!]!;
      }
      const k = routes[r]!.length;
      angle[r] = Math.atan2(sy / k - p.y[c]!, sx / k - p.x[c]!);
    }
    order.sort((a, b) => angle[a]! - angle[b]! || a - b);
  }
  return Int32Array.from(order);
}

function giantTour(s: RouteState, routes: Int32Array[], order: Int32Array): Int32Array {
  const giant = new Int32Array(s.nJobs);
  let k = 0;
  for (const r of order) for (const j of routes[r]!) giant[k++] = j;
  return giant.subarray(0, k);
}

/** Broken-pairs distance (HGS): share of jobs whose neighbours differ between a and b. */
export function brokenPairs(a: Individual, b: Individual): number {
  const n = a.succ.length;
  let diff = 0;
  for (let j = 0; j < n; j++) {
    const s = a.succ[j]!;
    if (s !== b.succ[j] && s !== b.pred[j]) diff++;
    if (a.pred[j] === -1 && b.pred[j] !== -1 && b.succ[j] !== -1) diff++;
  }
  return n > 0 ? diff / n : 0;
}
