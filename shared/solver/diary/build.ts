// From the planning world to the engine's arrays. Each workable operative-day becomes a vehicle
// (leaves home at shift start, back by shift end + overtime allowance, overtime priced); each job
// a customer. Rules that depend only on the operative, day and job (trade, competences, flags,
// areas, working day, absence) become eligibility, via the rule units themselves; rules that
// depend on the timed day (shift hours, windows, dependencies) become the engine's windows; SLA
// breaches and the impact/effort order become per-day costs. Fixed entries stay exactly where
// they are: their vehicle only, their planned start as a one-minute-wide window.
import { MATRIX_RANK_MAX, matrixRank } from '../../matrix/order';
import type { MatrixSettings } from '../../matrix/quadrant';
import type { DiaryEntry, IsoDate, Job, Operative } from '../../domain/types';
import { MINUTES_PER_DAY } from '../../plan/time';
import { windowWithin, type ShiftBounds } from '../../plan/window';
import { BLOCKED, JOB_RULES, type OperativeDay, type PlanIndex } from '../../rules/index';
import type { LatLon } from '../../travel/model';
import type { VrptwProblem } from '../vrptw/problem';
import { simulateRoute } from '../vrptw/route-check';
import type { ObjectiveWeights } from './types';

export interface Vehicle {
  operative: Operative;
  date: IsoDate;
  /** Position of the date in the planned range (for the tie-break). */
  dayIndex: number;
  shift: ShiftBounds;
  od: OperativeDay;
}

export interface ModelJob {
  job: Job;
  /** The entry it comes from (fixed or movable), or null for a new job. */
  entry: DiaryEntry | null;
  /** Planned start of a fixed entry; null when the job may move. */
  fixedStart: number | null;
}

export interface DiaryModel {
  problem: VrptwProblem;
  vehicles: Vehicle[];
  jobs: ModelJob[];
  /** Fixed jobs on their vehicles, and movable ones where they stand (when that is feasible). */
  initial: number[][];
  locked: Uint8Array;
  /** Most important first: priority, then SLA deadline, then impact/effort. */
  order: number[];
  /** Per job: it has a placed predecessor, so it may have to wait for it (booked start needed). */
  waitsForPredecessor: Uint8Array;
}

export interface FixedEntry {
  entry: DiaryEntry;
  startMin: number;
}

export interface ModelInput {
  index: PlanIndex;
  operatives: readonly Operative[];
  dates: readonly IsoDate[];
  /** Entries that stay put (pinned, not being re-optimised, or placed by an earlier pass), with their planned start. */
  fixed: readonly FixedEntry[];
  /** Entries that may move; their current place seeds the search. */
  movable: readonly DiaryEntry[];
  newJobs: readonly Job[];
  weights: ObjectiveWeights;
  /** Priority codes, most urgent first (unknown codes rank last). */
  priorityRank: (priority: string) => number;
  /** Impact/effort matrix threshold: its order is the tie-break. */
  matrix?: MatrixSettings;
}

const FAR = 1e9;

export function buildModel(input: ModelInput): DiaryModel {
  const { index, weights } = input;
  const world = index.world;

  const vehicles: Vehicle[] = [];
  const vehicleOf = new Map<string, number>();
  input.dates.forEach((date, dayIndex) => {
    for (const operative of input.operatives) {
      const od = index.operativeDay(operative, date);
      if (od.code === BLOCKED) continue;
      vehicleOf.set(`${operative.id}\u0000${date}`, vehicles.length);
      vehicles.push({ operative, date, dayIndex, shift: od.shift, od });
    }
  });

  const jobs: ModelJob[] = [];
  for (const f of input.fixed) {
    const job = world.jobs.get(f.entry.job_ref);
    if (job && vehicleOf.has(`${f.entry.operative_id}\u0000${f.entry.date}`)) jobs.push({ job, entry: f.entry, fixedStart: f.startMin });
  }
  for (const e of input.movable) jobs.push({ job: world.jobs.get(e.job_ref)!, entry: e, fixedStart: null });
  for (const job of input.newJobs) jobs.push({ job, entry: null, fixedStart: null });

  const K = Math.max(1, vehicles.length);
  const n = jobs.length;

  // Locations: each vehicle's home, then each job.
  const places: LatLon[] = [];
  const homeLoc = new Int32Array(K);
  const homeByOp = new Map<string, number>();
  vehicles.forEach((v, k) => {
    let l = homeByOp.get(v.operative.id);
    if (l === undefined) {
      l = places.length;
      homeByOp.set(v.operative.id, l);
      places.push({ lat: v.operative.start_lat, lon: v.operative.start_lon });
    }
    homeLoc[k] = l;
  });
  const jobLoc = new Int32Array(n);
  jobs.forEach((m, j) => {
    jobLoc[j] = places.length;
    places.push({ lat: m.job.lat, lon: m.job.lon });
  });
  if (places.length === 0) places.push({ lat: 0, lon: 0 });
  const L = places.length;
  const minutes = new Float64Array(L * L);
  for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) if (a !== b) minutes[a * L + b] = world.travel.minutes(places[a]!, places[b]!);
  const cost = weights.travelPerMin === 1 ? minutes : minutes.map((m) => m * weights.travelPerMin);

  const ready = new Float64Array(n);
  const due = new Float64Array(n).fill(FAR);
  const service = new Float64Array(n);
  const eligible = new Uint8Array(K * n);
  const readyAt = new Float64Array(K * n);
  const dueAt = new Float64Array(K * n).fill(FAR);
  const assignCost = new Float64Array(K * n);
  const unservedCost = new Float64Array(n);
  const locked = new Uint8Array(n);
  const initial: number[][] = Array.from({ length: K }, () => []);

  jobs.forEach((m, j) => {
    const job = m.job;
    service[j] = job.duration_min;
    if (m.fixedStart !== null) {
      // Exactly where it is: its vehicle, its planned start.
      const e = m.entry!;
      const k = vehicleOf.get(`${e.operative_id}\u0000${e.date}`)!;
      ready[j] = due[j] = m.fixedStart;
      eligible[k * n + j] = 1;
      locked[j] = 1;
      unservedCost[j] = FAR;
      initial[k]!.push(j);
      return;
    }
    unservedCost[j] = weights.unplaced[job.priority] ?? weights.unplacedOther;
    const breach = weights.slaBreach[job.priority] ?? weights.slaOther;
    // The matrix order as a per-day cost: later days cost more for work the matrix puts first.
    const order = (MATRIX_RANK_MAX - matrixRank(job, input.matrix)) * weights.orderPerDay;
    for (let k = 0; k < vehicles.length; k++) {
      const v = vehicles[k]!;
      const at = k * n + j;
      if (!jobRulesPass(index, job, v)) continue;
      const win = windowWithin(job.window, v.shift);
      // 'ALL' is the shift, which the vehicle's own hours enforce.
      const lo = win.kind === 'ALL' ? 0 : win.start;
      const hi = win.kind === 'ALL' ? FAR : win.end - job.duration_min;
      const dep = dependencyBounds(index, job, v);
      readyAt[at] = Math.max(lo, dep.earliestStart);
      dueAt[at] = Math.min(hi, dep.latestEnd - job.duration_min);
      if (readyAt[at]! > dueAt[at]!) continue;
      eligible[at] = 1;
      const latest = index.slaLatestFinish(job, v.date);
      // Day-level SLA price: breached whatever the hour when even a shift-start finish is late.
      if (latest < v.shift.start + job.duration_min) assignCost[at] = breach;
      assignCost[at] = assignCost[at]! + order * v.dayIndex;
    }
    if (m.entry) {
      const k = vehicleOf.get(`${m.entry.operative_id}\u0000${m.entry.date}`);
      if (k !== undefined && eligible[k * n + j]) initial[k]!.push(j);
    }
  });
  // Movable jobs start in their diary order; fixed ones are timed, so sort each day by time then order.
  const seq = new Map<number, number>();
  jobs.forEach((m, j) => seq.set(j, m.entry ? m.entry.sequence : 0));
  for (const route of initial) route.sort((a, b) => seq.get(a)! - seq.get(b)! || a - b);

  const rank = (m: ModelJob): [number, string, number] => [
    input.priorityRank(m.job.priority),
    world.slaDeadline(m.job) ?? '9999',
    matrixRank(m.job, input.matrix),
  ];
  const order = jobs.map((_, j) => j);
  order.sort((a, b) => {
    const [pa, da, ea] = rank(jobs[a]!);
    const [pb, db, eb] = rank(jobs[b]!);
    return pa - pb || (da < db ? -1 : da > db ? 1 : 0) || ea - eb || a - b;
  });

  const problem: VrptwProblem = {
    nLoc: L,
    dist: cost,
    time: minutes,
    nJobs: n,
    jobLoc,
    ready,
    due,
    service,
    demand: new Float64Array(n),
    nVehicles: K,
    startLoc: homeLoc,
    endLoc: homeLoc,
    departEarliest: Float64Array.from({ length: K }, (_, k) => vehicles[k]?.shift.start ?? 0),
    departLatest: Float64Array.from({ length: K }, (_, k) => vehicles[k]?.shift.start ?? 0),
    returnLatest: Float64Array.from({ length: K }, (_, k) => (vehicles[k] ? vehicles[k]!.shift.end + world.overtimeMin : -1)),
    capacity: new Float64Array(K).fill(Infinity),
    softEnd: Float64Array.from({ length: K }, (_, k) => vehicles[k]?.shift.end ?? 0),
    overtimeCost: weights.overtimePerMin,
    eligible,
    readyAt,
    dueAt,
    assignCost,
    unservedCost,
  };
  settleInitial(problem, initial, locked);
  const waitsForPredecessor = Uint8Array.from(jobs, (m) =>
    m.fixedStart === null && (world.predecessorsOf.get(m.job.ref)?.length ?? 0) > 0 ? 1 : 0,
  );
  return { problem, vehicles, jobs, initial, locked, order, waitsForPredecessor };
}

/**
 * A starting day that no longer works (a movable job now breaks a rule) loses its movable jobs,
 * which the search then places afresh. A day whose fixed entries alone already break a rule
 * takes no new work: nothing is added to a day that is wrong as it stands.
 */
function settleInitial(p: VrptwProblem, initial: number[][], locked: Uint8Array): void {
  const n = p.nJobs;
  initial.forEach((route, k) => {
    if (route.length === 0 || simulateRoute(p, k, route).feasible) return;
    const kept = route.filter((j) => locked[j]);
    initial[k] = kept;
    if (kept.length > 0 && !simulateRoute(p, k, kept).feasible) {
      for (let j = 0; j < n; j++) if (!locked[j]) p.eligible![k * n + j] = 0;
    }
  });
}

/** The hard job-stage rules (trade, area, competences, flags) on this operative-day, by the rule units. */
function jobRulesPass(index: PlanIndex, job: Job, v: Vehicle): boolean {
  const facts = v.od.facts;
  if ((facts.skills.get(job.trade) ?? 0) < job.min_proficiency) return false; // the common "no"
  const ctx = index.context(job, v.operative, v.date);
  for (const rule of JOB_RULES) if (rule.severity === 'hard' && rule.violates(ctx)) return false;
  return true;
}

/**
 * Finish-to-start links to jobs already placed, as minutes of this vehicle's day: start no earlier
 * than every predecessor's end plus lag; end no later than every placed successor's start minus lag.
 * A predecessor not placed at all makes the day impossible (the rule blocks it outright).
 */
function dependencyBounds(index: PlanIndex, job: Job, v: Vehicle): { earliestStart: number; latestEnd: number } {
  const world = index.world;
  const dayAbs = index.epochDay(v.date) * MINUTES_PER_DAY;
  let earliestStart = 0;
  let latestEnd = FAR;
  for (const d of world.predecessorsOf.get(job.ref) ?? []) {
    if (d.pred_ref === job.ref) continue;
    const p = index.placementOf(d.pred_ref);
    if (!p) return { earliestStart: FAR, latestEnd: -FAR };
    earliestStart = Math.max(earliestStart, p.end_abs + d.lag_min - dayAbs);
  }
  for (const d of world.successorsOf.get(job.ref) ?? []) {
    if (d.succ_ref === job.ref) continue;
    const s = index.placementOf(d.succ_ref);
    if (s) latestEnd = Math.min(latestEnd, s.start_abs - d.lag_min - dayAbs);
  }
  return { earliestStart, latestEnd };
}
