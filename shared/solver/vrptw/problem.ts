// The engine's input: plain typed arrays indexed by integers, so the hot loops never touch
// strings or objects. Solomon instances and the planning diary both compile down to this.

export interface VrptwProblem {
  /** Number of locations in the matrices. */
  nLoc: number;
  /** Travel cost, row-major nLoc × nLoc: the objective sums it. */
  dist: Float64Array;
  /** Travel time, row-major nLoc × nLoc; may be the same array as `dist`. */
  time: Float64Array;
  /** Optional planar coordinates per location: angular sectors prune SWAP* and order routes. */
  x?: Float64Array;
  y?: Float64Array;

  /** Jobs (customers), 0-based. */
  nJobs: number;
  jobLoc: Int32Array;
  /** Earliest start of service. */
  ready: Float64Array;
  /** Latest start of service. */
  due: Float64Array;
  service: Float64Array;
  demand: Float64Array;

  /** Vehicles (one route each; a route may stay empty). */
  nVehicles: number;
  startLoc: Int32Array;
  endLoc: Int32Array;
  /** Departure from the start location within [departEarliest, departLatest]. */
  departEarliest: Float64Array;
  departLatest: Float64Array;
  /** Arrival back at the end location no later than this (hard). */
  returnLatest: Float64Array;
  capacity: Float64Array;
  /** Optional: arrival after softEnd costs overtimeCost per time unit (diary overtime). */
  softEnd?: Float64Array;
  overtimeCost?: number;

  /** Optional eligibility, vehicle-major: eligible[v * nJobs + j] !== 0 when v may serve j. */
  eligible?: Uint8Array;
  /**
   * Optional per-vehicle windows, vehicle-major: when v serves j, service starts no earlier than
   * max(ready[j], readyAt[v·n + j]) and no later than min(due[j], dueAt[v·n + j]) (e.g. a
   * predecessor finishing on that vehicle's day).
   */
  readyAt?: Float64Array;
  dueAt?: Float64Array;
  /** Optional extra cost when v serves j, vehicle-major (e.g. an SLA breach on that day). */
  assignCost?: Float64Array;
  /**
   * Optional: vehicles in one class share their readyAt/dueAt/assignCost row, which are then
   * class-major (classes × nJobs) — e.g. every operative-day with the same date and shift. A
   * 2,000-vehicle diary then needs a few dozen rows, not 2,000. Absent: one row per vehicle.
   */
  vehicleClass?: Int32Array;
  /**
   * Optional: cost of leaving each job unserved. Absent = every job must be served; present =
   * the search may leave jobs out (the diary's "does not fit" list) at that price.
   */
  unservedCost?: Float64Array;
}

/** The row of vehicle v in readyAt/dueAt/assignCost. */
export function vehicleRow(p: VrptwProblem, v: number): number {
  return p.vehicleClass ? p.vehicleClass[v]! : v;
}

/** Same depots, window, capacity and costs for every vehicle, and every job eligible: split applies. */
export function isHomogeneous(p: VrptwProblem): boolean {
  if (p.eligible || p.assignCost || p.unservedCost || p.softEnd || p.readyAt || p.dueAt) return false;
  for (let v = 1; v < p.nVehicles; v++) {
    if (
      p.startLoc[v] !== p.startLoc[0] ||
      p.endLoc[v] !== p.endLoc[0] ||
      p.departEarliest[v] !== p.departEarliest[0] ||
      p.departLatest[v] !== p.departLatest[0] ||
      p.returnLatest[v] !== p.returnLatest[0] ||
      p.capacity[v] !== p.capacity[0]
    ) {
      return false;
    }
  }
  return true;
}

/** Throws with a plain message when the arrays do not fit together. */
export function checkProblem(p: VrptwProblem): void {
  const n = p.nJobs;
  const k = p.nVehicles;
  const need = (ok: boolean, msg: string): void => {
    if (!ok) throw new Error(msg);
  };
  need(Number.isInteger(p.nLoc) && p.nLoc > 0, 'the problem has no locations');
  need(p.dist.length === p.nLoc * p.nLoc && p.time.length === p.nLoc * p.nLoc, 'distance and time matrices must be nLoc × nLoc');
  need(Number.isInteger(n) && n >= 0, 'job count must be a whole number');
  need(Number.isInteger(k) && k >= 1, 'there are no vehicles (operatives) to plan for');
  for (const [name, a] of [
    ['jobLoc', p.jobLoc],
    ['ready', p.ready],
    ['due', p.due],
    ['service', p.service],
    ['demand', p.demand],
  ] as const) {
    need(a.length === n, `${name} must have one entry per job`);
  }
  for (const [name, a] of [
    ['startLoc', p.startLoc],
    ['endLoc', p.endLoc],
    ['departEarliest', p.departEarliest],
    ['departLatest', p.departLatest],
    ['returnLatest', p.returnLatest],
    ['capacity', p.capacity],
  ] as const) {
    need(a.length === k, `${name} must have one entry per vehicle`);
  }
  for (let j = 0; j < n; j++) {
    const l = p.jobLoc[j]!;
    need(l >= 0 && l < p.nLoc, `job ${j} has a location outside the matrix`);
    need(p.ready[j]! <= p.due[j]!, `job ${j} is ready after its due time`);
  }
  for (let v = 0; v < k; v++) {
    need(
      p.startLoc[v]! >= 0 && p.startLoc[v]! < p.nLoc && p.endLoc[v]! >= 0 && p.endLoc[v]! < p.nLoc,
      `vehicle ${v} has a depot outside the matrix`,
    );
  }
  if (p.eligible) need(p.eligible.length === n * k, 'eligible must be nVehicles × nJobs');
  let rows = k;
  if (p.vehicleClass) {
    need(p.vehicleClass.length === k, 'vehicleClass must have one entry per vehicle');
    rows = 0;
    for (let v = 0; v < k; v++) rows = Math.max(rows, p.vehicleClass[v]! + 1);
    need(
      p.vehicleClass.every((c) => c >= 0),
      'vehicle classes must not be negative',
    );
  }
  const rowsOk = (a: Float64Array): boolean =>
    p.vehicleClass ? a.length >= rows * n && a.length % Math.max(1, n) === 0 : a.length === n * k;
  if (p.assignCost) need(rowsOk(p.assignCost), 'assignCost must be nVehicles (or classes) × nJobs');
  if (p.readyAt) need(rowsOk(p.readyAt), 'readyAt must be nVehicles (or classes) × nJobs');
  if (p.dueAt) need(rowsOk(p.dueAt), 'dueAt must be nVehicles (or classes) × nJobs');
  if (p.unservedCost) need(p.unservedCost.length === n, 'unservedCost must have one entry per job');
}
