// A part of a problem as a problem of its own: some jobs, some vehicles. The matrices and
// coordinates are shared, not copied (jobs keep their locations), so a part of a 1,000-customer
// instance costs memory in proportion to its own size; every per-job and per-vehicle array is
// cut down to the part, in the order given.
import type { VrptwProblem } from './problem';

export interface SubProblem {
  problem: VrptwProblem;
  /** Job j of the part is job jobs[j] of the whole. */
  jobs: Int32Array;
  /** Vehicle v of the part is vehicle vehicles[v] of the whole. */
  vehicles: Int32Array;
}

export function subProblem(p: VrptwProblem, jobs: ArrayLike<number>, vehicles: ArrayLike<number>): SubProblem {
  const J = Int32Array.from(jobs);
  const V = Int32Array.from(vehicles);
  const n = J.length;
  const k = V.length;
  const pickJ = (a: Float64Array): Float64Array => Float64Array.from(J, (j) => a[j]!);
  const pickV = (a: Float64Array): Float64Array => Float64Array.from(V, (v) => a[v]!);
  const cross = <T extends Float64Array | Uint8Array>(a: T, make: (len: number) => T): T => {
    const out = make(n * k);
    for (let v = 0; v < k; v++) for (let j = 0; j < n; j++) out[v * n + j] = a[V[v]! * p.nJobs + J[j]!]!;
    return out;
  };
  const sub: VrptwProblem = {
    nLoc: p.nLoc,
    dist: p.dist,
    time: p.time,
    nJobs: n,
    jobLoc: Int32Array.from(J, (j) => p.jobLoc[j]!),
    ready: pickJ(p.ready),
    due: pickJ(p.due),
    service: pickJ(p.service),
    demand: pickJ(p.demand),
    nVehicles: k,
    startLoc: Int32Array.from(V, (v) => p.startLoc[v]!),
    endLoc: Int32Array.from(V, (v) => p.endLoc[v]!),
    departEarliest: pickV(p.departEarliest),
    departLatest: pickV(p.departLatest),
    returnLatest: pickV(p.returnLatest),
    capacity: pickV(p.capacity),
  };
  if (p.x && p.y) {
    sub.x = p.x;
    sub.y = p.y;
  }
  if (p.softEnd) {
    sub.softEnd = pickV(p.softEnd);
    sub.overtimeCost = p.overtimeCost ?? 0;
  }
  if (p.eligible) sub.eligible = cross(p.eligible, (len) => new Uint8Array(len));
  // Rows per vehicle, or per class: a part keeps the classes (rows cut down to its jobs).
  const rows = (a: Float64Array): Float64Array => {
    if (!p.vehicleClass) return cross(a, (len) => new Float64Array(len));
    const classes = a.length / Math.max(1, p.nJobs);
    const out = new Float64Array(classes * n);
    for (let c = 0; c < classes; c++) for (let j = 0; j < n; j++) out[c * n + j] = a[c * p.nJobs + J[j]!]!;
    return out;
  };
  if (p.vehicleClass) sub.vehicleClass = Int32Array.from(V, (v) => p.vehicleClass![v]!);
  if (p.readyAt) sub.readyAt = rows(p.readyAt);
  if (p.dueAt) sub.dueAt = rows(p.dueAt);
  if (p.assignCost) sub.assignCost = rows(p.assignCost);
  if (p.unservedCost) sub.unservedCost = pickJ(p.unservedCost);
  return { problem: sub, jobs: J, vehicles: V };
}

/** Routes of the whole (by vehicle, whole-problem job ids) → routes of the part (by part vehicle, part job ids). */
export function routesIntoPart(part: SubProblem, routes: readonly (readonly number[])[]): number[][] {
  const jobOf = new Map<number, number>();
  part.jobs.forEach((j, i) => jobOf.set(j, i));
  return Array.from(part.vehicles, (v) => (routes[v] ?? []).map((j) => jobOf.get(j)!));
}

/** Routes of the part back into whole-problem ids, written over the part's vehicles in `routes`. */
export function routesFromPart(part: SubProblem, partRoutes: readonly (readonly number[])[], routes: number[][]): void {
  part.vehicles.forEach((v, i) => {
    routes[v] = (partRoutes[i] ?? []).map((j) => part.jobs[j]!);
  });
}
