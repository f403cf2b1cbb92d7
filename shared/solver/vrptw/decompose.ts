// Route-based decomposition (as in Santini, Schneider, Vidal & Vigo 2023, "Decomposition
// strategies for vehicle routing heuristics"): the routes of a solution are grouped into parts of
// nearby routes, each part is solved as a problem of its own (subproblem.ts), and the parts are
// stitched back. Parts are grown from a random seed route by the nearest route centres, so every
// round cuts the plan along different lines.
import type { VrptwProblem } from './problem';
import type { Rng } from './rng';

export interface Part {
  /** Vehicles of the part: its routes, then spare empty vehicles it may open. */
  vehicles: number[];
  /** Every job on the part's routes. */
  jobs: number[];
}

/**
 * Groups the non-empty routes into parts of about `target` jobs and at least `minRoutes` routes
 * (the last part may be smaller, never below half the jobs unless it is the only one); each part
 * also gets a share of the empty vehicles so it may open routes (`spareShare` of its own route
 * count, at least one while any remain).
 */
export function partsOf(
  p: VrptwProblem,
  routes: readonly (readonly number[])[],
  rng: Rng,
  target: number,
  { minRoutes = 1, spareShare = 0.2 }: { minRoutes?: number; spareShare?: number } = {},
): Part[] {
  const used: number[] = [];
  const empty: number[] = [];
  routes.forEach((r, v) => (r.length > 0 ? used : empty).push(v));
  for (let v = routes.length; v < p.nVehicles; v++) empty.push(v);
  const cx = new Float64Array(p.nVehicles);
  const cy = new Float64Array(p.nVehicles);
  for (const v of used) {
    const [x, y] = centre(p, routes[v]!);
    cx[v] = x;
    cy[v] = y;
  }
  const distance = (a: number, b: number): number =>
    p.x ? Math.hypot(cx[a]! - cx[b]!, cy[a]! - cy[b]!) : p.dist[p.jobLoc[routes[a]![0]!]! * p.nLoc + p.jobLoc[routes[b]![0]!]!]!;

  const left = new Set(used);
  const parts: Part[] = [];
  while (left.size > 0) {
    const pool = [...left];
    const seed = pool[rng.below(pool.length)]!;
    pool.sort((a, b) => distance(seed, a) - distance(seed, b) || a - b);
    const part: Part = { vehicles: [], jobs: [] };
    for (const v of pool) {
      if (part.jobs.length >= target && part.vehicles.length >= minRoutes) break;
      part.vehicles.push(v);
      part.jobs.push(...routes[v]!);
      left.delete(v);
    }
    parts.push(part);
  }
  // A small last part joins its nearest neighbour part.
  if (parts.length > 1 && parts[parts.length - 1]!.jobs.length < target / 2) {
    const last = parts.pop()!;
    const near = nearestPart(parts, last, distance);
    near.vehicles.push(...last.vehicles);
    near.jobs.push(...last.jobs);
  }
  let e = 0;
  for (const part of parts) {
    const extra = Math.max(1, Math.ceil(part.vehicles.length * spareShare));
    for (let i = 0; i < extra && e < empty.length; i++) part.vehicles.push(empty[e++]!);
  }
  return parts;
}

function centre(p: VrptwProblem, route: readonly number[]): [number, number] {
  if (!p.x || !p.y) return [0, 0];
  let sx = 0;
  let sy = 0;
  for (const j of route) {
    sx += p.x[p.jobLoc[j]!]!;
    sy += p.y[p.jobLoc[j]!]!;
  }
  return [sx / route.length, sy / route.length];
}

function nearestPart(parts: Part[], of: Part, distance: (a: number, b: number) => number): Part {
  let best = parts[0]!;
  let bestD = Infinity;
  for (const part of parts) {
    const d = distance(part.vehicles[0]!, of.vehicles[0]!);
    if (d < bestD) {
      bestD = d;
      best = part;
    }
  }
  return best;
}

/**
 * Customers grouped into compact clusters of about `target` (grown from random seeds by
 * distance), each with a share of the vehicles in proportion to its size: the parts of a
 * construction from scratch.
 */
export function clustersOf(p: VrptwProblem, rng: Rng, target: number): Part[] {
  const n = p.nJobs;
  const m = p.nLoc;
  const left = new Set(Array.from({ length: n }, (_, j) => j));
  const parts: Part[] = [];
  const count = Math.max(1, Math.round(n / target));
  const size = Math.ceil(n / count);
  while (left.size > 0) {
    const pool = [...left];
    const seed = pool[rng.below(pool.length)]!;
    const ls = p.jobLoc[seed]! * m;
    pool.sort((a, b) => p.dist[ls + p.jobLoc[a]!]! - p.dist[ls + p.jobLoc[b]!]! || a - b);
    const jobs = pool.slice(0, size);
    for (const j of jobs) left.delete(j);
    parts.push({ vehicles: [], jobs });
  }
  let v = 0;
  parts.forEach((part, i) => {
    const share = i === parts.length - 1 ? p.nVehicles - v : Math.max(1, Math.floor((p.nVehicles * part.jobs.length) / n));
    for (let k = 0; k < share && v < p.nVehicles; k++) part.vehicles.push(v++);
  });
  return parts;
}
