// The auto-scheduler: fills the diary over a date range and explains what does not fit.
// Jobs are placed in passes by dependency depth (a job's predecessors are placed, and then held
// fixed, before it is considered), each pass one engine run; the finished diary is re-checked
// with the real rule units, and every job left out is explained.
import type { DiaryEntry, Job } from '../../domain/types';
import { formatHHMM } from '../../calendar/dates';
import { MINUTES_PER_DAY } from '../../plan/time';
import { PlanIndex } from '../../rules/index';
import { vehicleRow } from '../vrptw/problem';
import { solveVrptw, type SolveOptions, type SolveResult } from '../vrptw/solve';
import { buildModel, ModelBuildStopped, type DiaryModel, type FixedEntry } from './build';
import { crossCheck } from './check';
import { construct } from './construct';
import { fillForSearch } from './fill';
import { PARTS_FROM } from './parts';
import { explainLeftovers } from './leftover';
import { plannedStart, scopeOf } from './scope';
import { travelMatrix } from './travel';
import { DEFAULT_WEIGHTS, type ScheduleInput, type ScheduleResult, type UnplacedJob } from './types';

const PRIORITY_ORDER = ['EMERGENCY', 'URGENT', 'ROUTINE', 'PLANNED'];
/** A pass searches only with at least this much of the budget left (less would only pay the search's set-up). */
const MIN_SEARCH_MS = 50;

/**
 * The end of the budget kept for the finish: the re-check of every placement (about 0.05 ms a
 * job), the explanations, and handing the plan back. A share of the limit plus a cost per job,
 * never more than a quarter of the limit.
 */
export function finishReserveMs(timeLimitMs: number, jobs: number): number {
  return Math.min(0.25 * timeLimitMs, 0.1 * timeLimitMs + 0.08 * jobs);
}

/**
 * One pass's engine run, as the driver is asked for it: the model and the engine's options. The
 * model's travel matrix holds the journeys its first plan used and, for a pass of fewer than
 * PARTS_FROM jobs that may move, every journey a search reads; a larger pass's driver looks up
 * what its search needs (fill.ts).
 */
export interface PassRequest {
  model: DiaryModel;
  options: SolveOptions & { timeLimitMs: number; cancelled: () => boolean };
}

/** Solves a pass: the engine on this thread, or spread over a worker pool (electron/backend/scheduling). */
export type PassSolver = (req: PassRequest) => Promise<SolveResult>;

/** The auto-scheduler on this thread (tests, and callers without worker threads). */
export function scheduleDiary(input: ScheduleInput): ScheduleResult {
  const steps = schedulePasses(input);
  for (let step = steps.next(); ;) {
    if (step.done) return step.value;
    const { model, options } = step.value;
    fillForSearch(model, options.cancelled);
    step = steps.next(solveVrptw(model.problem, options));
  }
}

/** The auto-scheduler with each pass's engine run handed to `solve` (e.g. over a worker pool). */
export async function scheduleDiaryWith(input: ScheduleInput, solve: PassSolver): Promise<ScheduleResult> {
  const steps = schedulePasses(input);
  for (let step = steps.next(); ;) {
    if (step.done) return step.value;
    step = steps.next(await solve(step.value));
  }
}

/** The run as a sequence of passes: yields each pass's engine run and takes its result back. */
function* schedulePasses(input: ScheduleInput): Generator<PassRequest, ScheduleResult, SolveResult> {
  const world = input.world;
  const weights = { ...DEFAULT_WEIGHTS, ...input.weights };
  // The budget is the planner's: it runs from when they pressed Run (reading the workspace and
  // starting the thread count against it), and covers the travel matrix, every model build and
  // construction, the search, the re-check and the explanations.
  const deadline = (input.startedAt ?? input.now()) + input.timeLimitMs;
  const original = new PlanIndex(world, input.diary);
  const scope = scopeOf(input, original);
  const priorityRank = (p: string): number => {
    const i = PRIORITY_ORDER.indexOf(p);
    return i < 0 ? PRIORITY_ORDER.length : i;
  };

  // Depth = longest chain of predecessors that are themselves being placed in this run.
  const run = new Map<string, Job>();
  for (const e of scope.movable) run.set(e.job_ref, world.jobs.get(e.job_ref)!);
  for (const j of scope.newJobs) run.set(j.ref, j);
  const depth = dependencyDepths(run, world.predecessorsOf);
  const maxDepth = Math.max(-1, ...[...depth.values()].filter(Number.isFinite));

  // Jobs with successors placed by a later pass of this run.
  const successorsInRun = new Map<string, number>();
  for (const [ref, d] of depth) {
    if (!Number.isFinite(d) || d === 0) continue;
    for (const link of world.predecessorsOf.get(ref) ?? [])
      successorsInRun.set(link.pred_ref, (successorsInRun.get(link.pred_ref) ?? 0) + 1);
  }
  const movableRefs = new Set(scope.movable.map((e) => e.job_ref));
  // The diary the passes build on: everything except the entries that may move.
  const movableSet = new Set(scope.movable);
  let current: DiaryEntry[] = input.diary.filter((e) => !movableSet.has(e));
  const originalFixed = new Map<DiaryEntry, number>(scope.fixed.map((f) => [f.entry, f.startMin]));
  const carried = new Map<DiaryEntry, DiaryEntry>(); // entry in `current` → the original fixed entry it copies
  const placedRefs = new Set<string>();
  let iterations = 0;

  const dateSet = new Set(scope.dates);
  const opSet = new Set(scope.operatives.map((o) => o.id));
  // Every place any pass may need: homes, the jobs being placed, the entries already in range.
  const inRange = current.filter((e) => opSet.has(e.operative_id) && dateSet.has(e.date)).map((e) => world.jobs.get(e.job_ref));
  // A cancel stops at the next check: the matrix stops filling, and no further pass starts (the
  // passes done so far are the best plan there is).
  const cancelled = (): boolean => input.cancelled?.() ?? false;
  // The improvement search ends where the finish's reserve begins (the constructions always finish).
  const searchEnd = deadline - finishReserveMs(input.timeLimitMs, run.size + inRange.length);
  let outOfTime = false;
  const stopped = (): boolean => {
    if (!outOfTime && input.now() >= searchEnd) outOfTime = true;
    return outOfTime || cancelled();
  };
  // A reading per row keeps the progress live; only a cancel stops the matrix (every pass needs it whole).
  const tick = (): boolean => {
    input.now();
    return cancelled();
  };
  const travel = travelMatrix(world, scope.operatives, [...run.values(), ...inRange.filter((j) => j !== undefined)], weights, tick);
  /** Operative-days the rules allowed each job left out, in the last pass that tried it. */
  const eligibleDays = new Map<string, number>();
  for (let d = 0; d <= maxDepth && !cancelled(); d++) {
    const refs = new Set([...run.keys()].filter((r) => depth.get(r) === d));
    if (refs.size === 0) continue;
    // Fixed visits are held at their planned times (work before them may have moved away), and
    // the dependency bounds of this pass must see them there, not earlier.
    if (scope.movable.length > 0) current = holdPinnedTimes(world, current, carried, originalFixed);
    const index = new PlanIndex(world, current);
    const fixed: FixedEntry[] = [];
    for (const e of current) {
      if (!opSet.has(e.operative_id) || !dateSet.has(e.date)) continue;
      const orig = carried.get(e) ?? e;
      fixed.push({ entry: e, startMin: originalFixed.get(orig) ?? plannedStart(index, e) });
    }
    let model: DiaryModel;
    try {
      model = buildModel({
        index,
        operatives: scope.operatives,
        dates: scope.dates,
        fixed,
        movable: scope.movable.filter((e) => refs.has(e.job_ref)),
        newJobs: [...refs].filter((r) => !movableRefs.has(r)).map((r) => run.get(r)!),
        weights,
        travel,
        priorityRank,
        ...(input.matrix ? { matrix: input.matrix } : {}),
        leadsTo: new Set([...refs].filter((r) => (successorsInRun.get(r) ?? 0) > 0)),
        stop: cancelled,
      });
    } catch (e) {
      if (e instanceof ModelBuildStopped) break;
      throw e;
    }
    // The first complete plan of the pass is always finished, however late it is: the limit
    // binds the improvement search, not the first feasible plan (only a cancel cuts it short).
    const built = construct(model, { cancelled });
    const untried = new Set(built.untried);
    model.jobs.forEach((m, j) => refs.has(m.job.ref) && !untried.has(j) && eligibleDays.set(m.job.ref, built.eligibleDays[j]!));
    let routes = built.routes;
    // Later passes get what is left of the search's time, shared by the number of jobs still to place.
    const left = [...run.keys()].filter((r) => (depth.get(r) ?? Infinity) >= d).length;
    const budget = ((searchEnd - input.now()) * refs.size) / Math.max(1, left);
    if (budget >= MIN_SEARCH_MS && !stopped()) {
      if (refs.size < PARTS_FROM) fillForSearch(model, stopped);
      const res: SolveResult = yield {
        model,
        options: {
          seed: input.seed ?? 1,
          timeLimitMs: budget,
          now: input.now,
          initial: routes,
          locked: model.locked,
          order: model.order,
          cancelled: stopped,
        },
      };
      iterations += res.iterations;
      // The search never gives back a job the construction placed (a part that did is not taken).
      if (routedCount(res.routes) >= routedCount(routes)) routes = res.routes;
    }
    const { entries, replaced } = routesToEntries(model, routes);
    for (const [e, from] of replaced) carried.set(e, carried.get(from) ?? from);
    const gone = new Set(replaced.values());
    current = current.filter((e) => !gone.has(e)).concat(entries);
    for (const e of entries) if (refs.has(e.job_ref)) placedRefs.add(e.job_ref);
  }

  current = holdPinnedTimes(world, current, carried, originalFixed);
  const finalIndex = new PlanIndex(world, current);
  const moved = new Set(scope.movable.map((e) => `${e.job_ref}\u0000${e.operative_id}\u0000${e.date}`));
  const { placed, kpis, check } = crossCheck({
    index: finalIndex,
    diary: current,
    placedRefs,
    wasElsewhere: (e) => !moved.has(`${e.job_ref}\u0000${e.operative_id}\u0000${e.date}`) && movableRefs.has(e.job_ref),
    pinned: [...carried.entries()]
      .filter(([, orig]) => originalFixed.has(orig))
      .map(([now, orig]) => ({ now, orig, startMin: originalFixed.get(orig)! })),
    operatives: scope.operatives,
    dates: scope.dates,
  });
  const unplaced: UnplacedJob[] = scope.refused.map((r) => ({ ref: r.ref, summary: r.reason, reasons: [], nearest: null, fixes: [] }));
  const left = [...run.values()].filter((job) => !placedRefs.has(job.ref));
  const inCycle = new Set([...depth].filter(([, d]) => !Number.isFinite(d)).map(([r]) => r));
  unplaced.push(
    ...explainLeftovers({
      index: finalIndex,
      left,
      operatives: scope.operatives,
      dates: scope.dates,
      eligibleDays,
      inCycle,
      priorityRank,
      explainEnd: deadline - 0.02 * input.timeLimitMs,
      now: input.now,
      cancelled,
    }),
  );
  kpis.unplaced = unplaced.length;
  const overrunMs = cancelled() ? 0 : Math.max(0, Math.round(input.now() - deadline));
  return { diary: current, placed, unplaced, kpis, check, iterations, overrunMs };
}

/**
 * The engine's routes as diary entries, sequence by route order. Returns the new entries and,
 * for each one that stands for an entry already in the diary, that entry (so it can be dropped).
 */
function routesToEntries(model: DiaryModel, routes: number[][]): { entries: DiaryEntry[]; replaced: Map<DiaryEntry, DiaryEntry> } {
  const entries: DiaryEntry[] = [];
  const replaced = new Map<DiaryEntry, DiaryEntry>();
  // Fixed entries the engine did not route (never expected: they are locked) stay as they were.
  routes.forEach((route, k) => {
    const v = model.vehicles[k];
    if (!v) return;
    const starts = engineStarts(model, k, route);
    route.forEach((j, sequence) => {
      const m = model.jobs[j]!;
      if (m.fixedStart !== null && m.entry) {
        const e = { ...m.entry, sequence };
        replaced.set(e, m.entry);
        entries.push(e);
        return;
      }
      // The day plan never waits for a predecessor: a job held back by one is booked at the
      // time the engine planned, so the diary shows the wait.
      const waits = model.waitsForPredecessor[j]! && starts[sequence]! < MINUTES_PER_DAY;
      entries.push({
        job_ref: m.job.ref,
        operative_id: v.operative.id,
        date: v.date,
        start: waits ? formatHHMM(starts[sequence]!) : null,
        sequence,
        pinned: false,
      });
    });
  });
  return { entries, replaced };
}

/** Start minute of each job of route k as the engine times it (leave at shift start, wait when early). */
function engineStarts(model: DiaryModel, k: number, route: readonly number[]): number[] {
  const p = model.problem;
  const n = p.nJobs;
  let at = p.startLoc[k]!;
  let t = p.departEarliest[k]!;
  return route.map((j) => {
    const l = p.jobLoc[j]!;
    const ready = Math.max(p.ready[j]!, p.readyAt ? p.readyAt[vehicleRow(p, k) * n + j]! : 0);
    t = Math.max(t + p.time[at * p.nLoc + l]!, ready);
    const start = t;
    t += p.service[j]!;
    at = l;
    return start;
  });
}

/**
 * A pinned entry keeps its planned start. When work before it was moved away it would start
 * earlier, so it is booked at its old time.
 */
function holdPinnedTimes(
  world: ScheduleInput['world'],
  diary: DiaryEntry[],
  carried: Map<DiaryEntry, DiaryEntry>,
  originalFixed: Map<DiaryEntry, number>,
): DiaryEntry[] {
  const index = new PlanIndex(world, diary);
  let changed = false;
  const out = diary.map((e) => {
    const orig = carried.get(e) ?? e;
    const target = originalFixed.get(orig);
    if (target === undefined || target >= 24 * 60 || plannedStart(index, e) === target) return e;
    changed = true;
    return { ...e, start: formatHHMM(target) };
  });
  if (changed) {
    // Keep the carried map pointing at the new objects.
    diary.forEach((e, i) => {
      if (out[i] !== e) {
        const orig = carried.get(e) ?? e;
        carried.set(out[i]!, orig);
      }
    });
  }
  return out;
}

/** Longest chain of in-run predecessors per job; Infinity inside a dependency cycle. */
function dependencyDepths(run: Map<string, Job>, preds: ScheduleInput['world']['predecessorsOf']): Map<string, number> {
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (ref: string): number => {
    const known = depth.get(ref);
    if (known !== undefined) return known;
    if (visiting.has(ref)) return Infinity;
    visiting.add(ref);
    let d = 0;
    for (const link of preds.get(ref) ?? []) {
      if (link.pred_ref === ref || !run.has(link.pred_ref)) continue;
      d = Math.max(d, visit(link.pred_ref) + 1);
    }
    visiting.delete(ref);
    depth.set(ref, d);
    return d;
  };
  for (const ref of run.keys()) visit(ref);
  return depth;
}

function routedCount(routes: readonly (readonly number[])[]): number {
  let c = 0;
  for (const r of routes) c += r.length;
  return c;
}
