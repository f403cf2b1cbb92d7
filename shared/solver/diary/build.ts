// From the planning world to the engine's arrays. Each workable operative-day becomes a vehicle
// (leaves home at shift start, back by shift end + overtime allowance); each job a customer.
// Rules that depend only on the operative, day and job (trade, competences, flags, areas,
// working day, absence) become eligibility, via the rule units themselves; rules that depend on
// the timed day (shift hours, windows, dependencies) become the engine's windows (bounds.ts);
// every price comes from the objective terms (objective/): jobs left out, SLA breaches and the
// impact/effort order per operative-day, travel and overtime per minute. Fixed entries stay
// exactly where they are: their vehicle only, their planned start as a one-minute-wide window.
import { matrixRank } from '../../matrix/order';
import type { MatrixSettings } from '../../matrix/quadrant';
import type { DiaryEntry, IsoDate, Job, Operative } from '../../domain/types';
import type { ShiftBounds } from '../../plan/window';
import { BLOCKED, JOB_RULES, jobContext, type JobContext, type OperativeDay, type PlanIndex } from '../../rules/index';
import type { VrptwProblem } from '../vrptw/problem';
import { simulateRoute } from '../vrptw/route-check';
import { FAR, startBounds } from './bounds';
import { ASSIGNMENT_TERMS, overtimeTerm, unplacedTerm } from './objective/index';
import { travelMatrix, type TravelMatrix } from './travel';
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
  /** The matrix behind problem.time and problem.dist: pairs are looked up as needed (fill.ts). */
  travel: TravelMatrix;
  /** The eligible days of each job, lowest vehicle first (as at the build; settleInitial may rule some out). */
  eligibleDays: { start: Int32Array; list: Int32Array };
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
  /** The run's travel matrix (holding every home and job here); built for these jobs when absent. */
  travel?: TravelMatrix;
  /**
   * Jobs of this build whose successors a later pass of the run places: each day later costs
   * them a little (EARLIER_FOR_SUCCESSORS), so they go early and leave their successors days.
   */
  leadsTo?: ReadonlySet<string>;
  /** Asked every few jobs: true stops the build (ModelBuildStopped) — the run was cancelled. */
  stop?: () => boolean;
}

/**
 * Price per day later of a job whose successors are still to be placed, in travel minutes (a
 * quarter of an hour a day: more pushed the early days into overtime). Far below an SLA breach,
 * so a deadline still comes first. On the 5,000-job bench it lets 28 more successors in.
 */
export const EARLIER_FOR_SUCCESSORS = 15;

/** Thrown by buildModel when its `stop` says so. */
export class ModelBuildStopped extends Error {}

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

  // Places from the run's travel matrix (built once for every pass); a model built on its own has every pair.
  let travel = input.travel;
  if (!travel) {
    travel = travelMatrix(
      world,
      input.operatives,
      jobs.map((m) => m.job),
      weights,
    );
    const all = Int32Array.from({ length: travel.nLoc }, (_, i) => i);
    travel.fillBetween(all, all);
  }
  const homeLoc = Int32Array.from(vehicles, (v) => travel.home.get(v.operative.id)!);
  const jobLoc = Int32Array.from(jobs, (m) => travel.job.get(m.job.ref)!);
  // Vehicles with the same date and shift share their windows and prices (one row per class).
  const classOf = new Map<string, number>();
  const classes: Vehicle[] = [];
  const vehicleClass = Int32Array.from(vehicles, (v) => {
    const key = `${v.date}|${v.shift.start}|${v.shift.end}`;
    let c = classOf.get(key);
    if (c === undefined) {
      c = classes.length;
      classOf.set(key, c);
      classes.push(v);
    }
    return c;
  });
  const C = Math.max(1, classes.length);

  const ready = new Float64Array(n);
  const due = new Float64Array(n).fill(FAR);
  const service = new Float64Array(n);
  const eligible = new Uint8Array(K * n);
  const readyAt = new Float64Array(C * n);
  const dueAt = new Float64Array(C * n).fill(FAR);
  const assignCost = new Float64Array(C * n);
  const unservedCost = new Float64Array(n);
  const locked = new Uint8Array(n);
  const initial: number[][] = Array.from({ length: K }, () => []);

  // Each operative's days together: the trade check is the operative's, not the day's.
  const groups = new Map<string, { skills: ReadonlyMap<string, number>; days: number[] }>();
  vehicles.forEach((v, k) => {
    const g = groups.get(v.operative.id);
    if (g) g.days.push(k);
    else groups.set(v.operative.id, { skills: v.od.facts.skills, days: [k] });
  });
  const byOperative = [...groups.values()];
  const classContexts = classes.map((v) => ({
    job: jobs[0]?.job as Job,
    date: v.date,
    dayIndex: v.dayIndex,
    shift: v.shift,
    lookups: index,
    matrix: input.matrix,
  }));
  // One rule context per day, the job swapped in (a million checks on a large diary: no allocation each).
  const dayContexts = vehicles.map((v) => jobContext(v.od, jobs[0]?.job as Job));
  // Eligible days per job, compressed (job j's are eligibleList[eligibleStart[j] .. eligibleStart[j+1])).
  const eligibleStart = new Int32Array(n + 1);
  const eligibleList: number[] = [];
  jobs.forEach((m, j) => {
    if ((j & 63) === 0 && input.stop?.()) throw new ModelBuildStopped('the run was cancelled');
    const job = m.job;
    service[j] = job.duration_min;
    if (m.fixedStart !== null) {
      // Exactly where it is: its vehicle, its planned start.
      const e = m.entry!;
      const k = vehicleOf.get(`${e.operative_id}\u0000${e.date}`)!;
      ready[j] = due[j] = m.fixedStart;
      eligible[k * n + j] = 1;
      eligibleList.push(k);
      eligibleStart[j + 1] = eligibleList.length;
      locked[j] = 1;
      unservedCost[j] = FAR;
      initial[k]!.push(j);
      return;
    }
    unservedCost[j] = unplacedTerm.cost({ job }, weights);
    const leads = input.leadsTo?.has(job.ref) ?? false;
    classes.forEach((v, c) => {
      const at = c * n + j;
      const b = startBounds(index, job, v.date, v.shift);
      readyAt[at] = b.earliest;
      dueAt[at] = b.latest;
      const ctx = classContexts[c]!;
      ctx.job = job;
      for (const term of ASSIGNMENT_TERMS) assignCost[at] = assignCost[at]! + term.cost(ctx, weights);
      if (leads) assignCost[at] = assignCost[at]! + v.dayIndex * EARLIER_FOR_SUCCESSORS;
    });
    // The trade and level first, once per operative (the common "no"), then the days' rules.
    const mine: number[] = [];
    for (const g of byOperative) {
      if ((g.skills.get(job.trade) ?? 0) < job.min_proficiency) continue;
      for (const k of g.days) {
        const at = vehicleClass[k]! * n + j;
        const ctx = dayContexts[k]!;
        ctx.job = job;
        if (readyAt[at]! <= dueAt[at]! && hardJobRulesPass(ctx)) {
          eligible[k * n + j] = 1;
          mine.push(k);
        }
      }
    }
    mine.sort((a, b) => a - b);
    for (const k of mine) eligibleList.push(k);
    eligibleStart[j + 1] = eligibleList.length;
    if (m.entry) {
      const k = vehicleOf.get(`${m.entry.operative_id}\u0000${m.entry.date}`);
      if (k !== undefined && eligible[k * n + j]) initial[k]!.push(j);
    }
  });
  // Movable jobs start in their diary order; fixed ones are timed, so sort each day by time then order.
  const seq = new Map<number, number>();
  jobs.forEach((m, j) => seq.set(j, m.entry ? m.entry.sequence : 0));
  for (const route of initial) route.sort((a, b) => seq.get(a)! - seq.get(b)! || a - b);
  // The journeys of the days as they stand, so they can be timed.
  initial.forEach((route, k) => {
    let at = homeLoc[k]!;
    for (const j of route) {
      travel.fill(at, jobLoc[j]!);
      at = jobLoc[j]!;
    }
    travel.fill(at, homeLoc[k]!);
  });

  const rank = (m: ModelJob): [number, string, number] => [
    input.priorityRank(m.job.priority),
    world.slaDeadline(m.job) ?? '9999',
    matrixRank(m.job, input.matrix),
  ];
  // Keys worked out once per job, not per comparison (a deadline is a calendar sum).
  const keys = jobs.map(rank);
  const order = jobs.map((_, j) => j);
  order.sort((a, b) => {
    const [pa, da, ea] = keys[a]!;
    const [pb, db, eb] = keys[b]!;
    return pa - pb || (da < db ? -1 : da > db ? 1 : 0) || ea - eb || a - b;
  });

  const problem: VrptwProblem = {
    nLoc: travel.nLoc,
    dist: travel.cost,
    time: travel.minutes,
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
    overtimeCost: overtimeTerm.weight(weights),
    eligible,
    readyAt,
    dueAt,
    assignCost,
    vehicleClass,
    unservedCost,
  };
  settleInitial(problem, initial, locked);
  const waitsForPredecessor = Uint8Array.from(jobs, (m) =>
    m.fixedStart === null && (world.predecessorsOf.get(m.job.ref)?.length ?? 0) > 0 ? 1 : 0,
  );
  const eligibleDays = { start: eligibleStart, list: Int32Array.from(eligibleList) };
  return { problem, vehicles, jobs, initial, locked, order, waitsForPredecessor, travel, eligibleDays };
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

/**
 * The hard job-stage rules (trade, area, competences, flags) on this operative-day, by the rule
 * units. They read the job-stage context only, so the day is not timed (index.context would
 * append the job to the day's plan: most of the cost of building a large model).
 */
export function jobRulesPass(index: PlanIndex, job: Job, v: Pick<Vehicle, 'operative' | 'date' | 'od'>): boolean {
  const od = v.od;
  if ((od.facts.skills.get(job.trade) ?? 0) < job.min_proficiency) return false; // the common "no"
  return hardJobRulesPass(jobContext(od, job));
}

function hardJobRulesPass(ctx: JobContext): boolean {
  for (const rule of JOB_RULES) if (rule.severity === 'hard' && rule.violates(ctx)) return false;
  return true;
}
