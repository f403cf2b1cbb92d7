// The first complete plan of a pass: a greedy insertion that always finishes, whatever the clock
// says (the time limit binds the improvement search, never the first feasible plan). Jobs go in
// the model's order (most urgent first, then the fewest days that may take them), each at its
// cheapest feasible place over the operative-days the rules allow it — and only those: a list of
// eligible days per job replaces a scan of every day, and each day keeps its start times and
// latest starts, so a position is tried in constant time. Feasibility is the engine's own
// (route-check.ts: leave at shift start, wait when early, start by the window's end, home by the
// shift's end plus overtime), so the search can take the plan over as it stands.
import { vehicleRow, type VrptwProblem } from '../vrptw/problem';
import type { DiaryModel } from './build';
import { UNKNOWN_MIN } from './travel';

export interface Construction {
  /** Routes by vehicle (the starting routes with the jobs inserted). */
  routes: number[][];
  /** Jobs tried and left out (no feasible place), in the order they were tried. */
  unplaced: number[];
  /** Jobs a cancel stopped it before trying. */
  untried: number[];
  /** Per job: operative-days the rules and its window allow (0: none may take it at all). */
  eligibleDays: Int32Array;
}

/** Eligible vehicles per job, as compressed lists: job j's are list[start[j] .. start[j+1]). */
export interface EligibleLists {
  start: Int32Array;
  list: Int32Array;
}

/** Eligible vehicles per job from the problem's eligibility (the model's own lists are cheaper: build.ts). */
export function eligibleLists(p: VrptwProblem): EligibleLists {
  const n = p.nJobs;
  const K = p.nVehicles;
  const start = new Int32Array(n + 1);
  const el = p.eligible;
  if (!el) {
    for (let j = 0; j < n; j++) start[j + 1] = start[j]! + K;
    const list = new Int32Array(n * K);
    for (let j = 0; j < n; j++) for (let k = 0; k < K; k++) list[j * K + k] = k;
    return { start, list };
  }
  const count = new Int32Array(n);
  for (let k = 0; k < K; k++) {
    const row = k * n;
    for (let j = 0; j < n; j++) if (el[row + j]) count[j]!++;
  }
  for (let j = 0; j < n; j++) start[j + 1] = start[j]! + count[j]!;
  const list = new Int32Array(start[n]!);
  const at = start.slice(0, n);
  for (let k = 0; k < K; k++) {
    const row = k * n;
    for (let j = 0; j < n; j++) if (el[row + j]) list[at[j]!++] = k;
  }
  return { start, list };
}

/** One day's route with its timing: service starts, latest starts that keep the rest feasible, end. */
class Day {
  readonly jobs: number[];
  starts: number[] = [];
  latest: number[] = [];
  end = 0;
  load = 0;
  /**
   * Time a job inserted here could use: after the day's end until the latest return, plus the
   * waits in the day. A job longer than this cannot fit (its journeys only add to it).
   */
  room = 0;
  /** Start of this day's row in the class-major windows and prices. */
  readonly row: number;
  constructor(
    private readonly p: VrptwProblem,
    readonly k: number,
    jobs: readonly number[],
  ) {
    this.jobs = [...jobs];
    this.row = vehicleRow(p, k) * p.nJobs;
    this.refresh();
  }

  readyOf(j: number): number {
    const p = this.p;
    return p.readyAt ? Math.max(p.ready[j]!, p.readyAt[this.row + j]!) : p.ready[j]!;
  }

  dueOf(j: number): number {
    const p = this.p;
    return p.dueAt ? Math.min(p.due[j]!, p.dueAt[this.row + j]!) : p.due[j]!;
  }

  /** Recomputes the timing after a change (a day holds a handful of jobs). */
  refresh(): void {
    const p = this.p;
    const L = p.nLoc;
    const k = this.k;
    const len = this.jobs.length;
    this.starts.length = len;
    this.latest.length = len;
    let at = p.startLoc[k]!;
    let t = p.departEarliest[k]!;
    let load = 0;
    let waited = 0;
    for (let i = 0; i < len; i++) {
      const j = this.jobs[i]!;
      const l = p.jobLoc[j]!;
      const reach = t + p.time[at * L + l]!;
      t = Math.max(reach, this.readyOf(j));
      waited += t - reach;
      this.starts[i] = t;
      t += p.service[j]!;
      load += p.demand[j]!;
      at = l;
    }
    this.end = t + p.time[at * L + p.endLoc[k]!]!;
    this.load = load;
    this.room = p.returnLatest[k]! - this.end + waited;
    let next = p.endLoc[k]!;
    let latestNext = p.returnLatest[k]!;
    for (let i = len - 1; i >= 0; i--) {
      const j = this.jobs[i]!;
      const l = p.jobLoc[j]!;
      latestNext = Math.min(this.dueOf(j), latestNext - p.time[l * L + next]! - p.service[j]!);
      this.latest[i] = latestNext;
      next = l;
    }
  }

  /** End of the day with job j (ready at `arrive` after position pos − 1) inserted before position pos. */
  endWith(pos: number, leaveJ: number, lj: number): number {
    const p = this.p;
    const L = p.nLoc;
    let at = lj;
    let t = leaveJ;
    for (let i = pos; i < this.jobs.length; i++) {
      const j = this.jobs[i]!;
      const l = p.jobLoc[j]!;
      t = Math.max(t + p.time[at * L + l]!, this.readyOf(j)) + p.service[j]!;
      at = l;
    }
    return t + p.time[at * L + p.endLoc[this.k]!]!;
  }
}

/** Best place found for one job: cost, vehicle, position. */
interface Choice {
  cost: number;
  k: number;
  pos: number;
}

/**
 * Inserts every job not already routed, in `order`, at its cheapest feasible place (travel added,
 * the day's price for the job, overtime added); ties go to the lower vehicle and position, so
 * the result depends on the input alone. Only `cancelled` stops it early.
 */
export function construct(
  model: DiaryModel,
  opts: { start?: readonly (readonly number[])[]; order?: readonly number[]; lists?: EligibleLists; cancelled?: () => boolean } = {},
): Construction {
  const p = model.problem;
  const n = p.nJobs;
  const lists = opts.lists ?? model.eligibleDays;
  const days = Array.from({ length: p.nVehicles }, (_, k) => new Day(p, k, opts.start?.[k] ?? model.initial[k] ?? []));
  const routed = new Uint8Array(n);
  for (const d of days) for (const j of d.jobs) routed[j] = 1;
  const eligibleDays = new Int32Array(n);
  for (let j = 0; j < n; j++) eligibleDays[j] = lists.start[j + 1]! - lists.start[j]!;
  const order = opts.order ?? model.order;
  const unplaced: number[] = [];
  const choice: Choice = { cost: Infinity, k: -1, pos: -1 };
  const otCost = p.softEnd ? (p.overtimeCost ?? 0) : 0;
  const untried: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const j = order[i]!;
    if (routed[j]) continue;
    if ((i & 31) === 0 && opts.cancelled?.()) {
      for (const r of order.slice(i)) if (!routed[r]) untried.push(r);
      break;
    }
    bestPlace(p, days, lists, j, otCost, choice, model.travel.fill);
    if (choice.k < 0) {
      unplaced.push(j);
      continue;
    }
    const day = days[choice.k]!;
    day.jobs.splice(choice.pos, 0, j);
    day.refresh();
    routed[j] = 1;
  }
  return { routes: days.map((d) => d.jobs), unplaced, untried, eligibleDays };
}

function bestPlace(
  p: VrptwProblem,
  days: readonly Day[],
  lists: EligibleLists,
  j: number,
  otCost: number,
  out: Choice,
  fill: (a: number, b: number) => void,
): void {
  const n = p.nJobs;
  const L = p.nLoc;
  const lj = p.jobLoc[j]!;
  const svc = p.service[j]!;
  out.cost = Infinity;
  out.k = -1;
  out.pos = -1;
  for (let e = lists.start[j]!; e < lists.start[j + 1]!; e++) {
    const k = lists.list[e]!;
    const day = days[k]!;
    if (day.room < svc || (p.eligible && !p.eligible[k * n + j]) || day.load + p.demand[j]! > p.capacity[k]!) continue;
    const ready = day.readyOf(j);
    const due = day.dueOf(j);
    if (ready > due) continue;
    const asg = p.assignCost ? p.assignCost[day.row + j]! : 0;
    if (asg >= out.cost) continue; // travel and overtime only add
    const len = day.jobs.length;
    const oldOt = otCost > 0 ? Math.max(0, day.end - p.softEnd![k]!) : 0;
    let prevLoc = p.startLoc[k]!;
    let leave = p.departEarliest[k]!;
    for (let pos = 0; pos <= len; pos++) {
      // Journeys are looked up as they are first tried (travel.ts).
      if (p.time[prevLoc * L + lj] === UNKNOWN_MIN) fill(prevLoc, lj);
      const arrive = Math.max(leave + p.time[prevLoc * L + lj]!, ready);
      if (arrive > due) break; // later positions only start later
      const nextLoc = pos < len ? p.jobLoc[day.jobs[pos]!]! : p.endLoc[k]!;
      if (p.time[lj * L + nextLoc] === UNKNOWN_MIN) fill(lj, nextLoc);
      const reachNext = arrive + svc + p.time[lj * L + nextLoc]!;
      if (reachNext <= (pos < len ? day.latest[pos]! : p.returnLatest[k]!)) {
        let cost = asg + p.dist[prevLoc * L + lj]! + p.dist[lj * L + nextLoc]! - p.dist[prevLoc * L + nextLoc]!;
        if (otCost > 0) cost += otCost * (Math.max(0, day.endWith(pos, arrive + svc, lj) - p.softEnd![k]!) - oldOt);
        if (cost < out.cost) {
          out.cost = cost;
          out.k = k;
          out.pos = pos;
        }
      }
      if (pos < len) {
        const at = day.jobs[pos]!;
        prevLoc = p.jobLoc[at]!;
        leave = day.starts[pos]! + p.service[at]!;
      }
    }
  }
}
