// What never changes during a search, per node: location, window, service, demand, and the
// per-vehicle facts of heterogeneous fleets (eligibility, window tightening, assignment cost).
//
// Node ids: jobs 0..nJobs-1, then per route r a start depot nJobs+2r and an end depot nJobs+2r+1.
// Route r is driven by vehicle r.
import type { VrptwProblem } from './problem';

export class NodeData {
  readonly p: VrptwProblem;
  readonly nJobs: number;
  readonly nRoutes: number;
  readonly nLoc: number;
  /** Travel cost and time, row-major by location. */
  readonly D: Float64Array;
  readonly T: Float64Array;
  /** Per node: location, earliest and latest start, service time, demand. */
  readonly loc: Int32Array;
  readonly ready: Float64Array;
  readonly due: Float64Array;
  readonly service: Float64Array;
  readonly demand: Float64Array;
  readonly capacity: Float64Array;
  /** Vehicles differ per job (eligibility, windows or costs): moves between routes need checks. */
  readonly hetero: boolean;
  readonly softEnd: Float64Array | null;
  readonly overtimeCost: number;
  private readonly elig: Uint8Array | null;
  private readonly asg: Float64Array | null;
  private readonly vReady: Float64Array | null;
  private readonly vDue: Float64Array | null;
  /** Row of each vehicle in the per-vehicle arrays (its class, or itself). */
  private readonly row: Int32Array;

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
    this.ready = new Float64Array(N);
    this.due = new Float64Array(N);
    this.service = new Float64Array(N);
    this.demand = new Float64Array(N);
    for (let j = 0; j < n; j++) {
      this.loc[j] = p.jobLoc[j]!;
      this.ready[j] = p.ready[j]!;
      this.due[j] = p.due[j]!;
      this.service[j] = p.service[j]!;
      this.demand[j] = p.demand[j]!;
    }
    for (let r = 0; r < R; r++) {
      const s = n + 2 * r;
      this.loc[s] = p.startLoc[r]!;
      this.ready[s] = p.departEarliest[r]!;
      this.due[s] = p.departLatest[r]!;
      this.loc[s + 1] = p.endLoc[r]!;
      // Arrival has no lower bound; the departure bound is a safe stand-in (arrival ≥ departure).
      this.ready[s + 1] = p.departEarliest[r]!;
      this.due[s + 1] = p.returnLatest[r]!;
    }
    this.capacity = p.capacity;
    this.elig = p.eligible ?? null;
    this.asg = p.assignCost ?? null;
    this.vReady = p.readyAt ?? null;
    this.vDue = p.dueAt ?? null;
    this.row = p.vehicleClass ?? Int32Array.from({ length: R }, (_, r) => r);
    this.hetero = this.elig !== null || this.asg !== null || this.vReady !== null || this.vDue !== null;
    this.softEnd = p.softEnd ?? null;
    this.overtimeCost = p.overtimeCost ?? 0;
  }

  startOf(r: number): number {
    return this.nJobs + 2 * r;
  }

  endOf(r: number): number {
    return this.nJobs + 2 * r + 1;
  }

  /** Travel cost between two nodes. */
  dist(a: number, b: number): number {
    return this.D[this.loc[a]! * this.nLoc + this.loc[b]!]!;
  }

  /** May vehicle r serve job j? */
  canServe(r: number, j: number): boolean {
    return this.elig === null || this.elig[r * this.nJobs + j] !== 0;
  }

  /** Earliest start of job j on route r. */
  readyOn(r: number, j: number): number {
    return this.vReady === null ? this.ready[j]! : Math.max(this.ready[j]!, this.vReady[this.row[r]! * this.nJobs + j]!);
  }

  /** Latest start of job j on route r. */
  dueOn(r: number, j: number): number {
    return this.vDue === null ? this.due[j]! : Math.min(this.due[j]!, this.vDue[this.row[r]! * this.nJobs + j]!);
  }

  assignCostOf(r: number, j: number): number {
    return this.asg === null ? 0 : this.asg[this.row[r]! * this.nJobs + j]!;
  }
}
