// What the scheduler worker needs, as plain data (worker messages are structured clones): the
// planning snapshot (readPlanningWorld), the diary and the scope. The worker rebuilds the
// PlanningWorld from it with worldFromSnapshot, exactly as the backend and the board do.
import { lockedRefs } from '../governance/locks';
import { ApiError } from '../../../shared/api/errors';
import { worldFromSnapshot, type PlanningSnapshot, type PlanningWorld } from '../../../shared/rules';
import { dateRange } from '../../../shared/calendar/dates';
import type { DiaryEntry, Job } from '../../../shared/domain/types';
import { OPEN_STATUSES as OPEN, readPlanningWorld } from '../planning/snapshot';
import { matrixSettingsOf } from '../plan/matrix-settings';
import type { MatrixSettings } from '../../../shared/matrix/quadrant';
import type { Store } from '../store/store';
import { withActuals } from '../actuals/scheduler-input';

export interface ScheduleParams {
  from: string;
  to: string;
  operatives?: string[] | undefined;
  reoptimise?: boolean | undefined;
  timeLimitMs?: number | undefined;
  seed?: number | undefined;
  /** Place only these (unscheduled) jobs, e.g. the ones a roster change sent back to the tray. */
  refs?: string[] | undefined;
  /** With refs: they are placed jobs to take out and place again (blocked placements re-planned in one step). */
  replan?: boolean | undefined;
  /** Plan with the learned standard durations (actuals), off by default. */
  learnedDurations?: boolean | undefined;
  /** Solver threads (default: the machine's cores); for the benchmark's comparisons, not in the contract. */
  threads?: number | undefined;
}

export interface ScheduleTaskInput {
  /** Jobs, operatives, absences, flags, links, deadlines, overtime and the roster (the scheduler plans in rostered hours). */
  world: PlanningSnapshot;
  diary: DiaryEntry[];
  scopeJobs: string[];
  dates: string[];
  scopeOperatives: string[];
  reoptimise: boolean;
  timeLimitMs: number;
  seed: number;
  matrix: MatrixSettings;
  /** When the planner pressed Run (wall clock, performance.timeOrigin + now()): the budget counts from here. */
  startedAtMs?: number;
  /** Solver threads for large passes (default: the machine's cores; 1 = this thread only). */
  threads?: number;
}

export const DEFAULT_TIME_LIMIT_MS = 5_000;
const MAX_DAYS = 31;

/** Checks the scope and gathers the input; throws a specific ApiError for empty or bad scopes. */
export function scheduleTaskInput(store: Store, p: ScheduleParams): ScheduleTaskInput {
  if (p.from > p.to) throw new ApiError('VALIDATION', `from ${p.from} is after to ${p.to}`);
  const dates = dateRange(p.from, p.to);
  if (dates.length > MAX_DAYS) throw new ApiError('VALIDATION', `schedule at most ${MAX_DAYS} days at a time (asked for ${dates.length})`);
  const read = readPlanningWorld(store);
  const { operatives, jobs } = read;
  if (operatives.length === 0) throw new ApiError('VALIDATION', 'No operatives in this plan: import operatives before auto-scheduling');
  const known = new Set(operatives.map((o) => o.id));
  const unknown = (p.operatives ?? []).filter((id) => !known.has(id));
  if (unknown.length) throw new ApiError('NOT_FOUND', `No operative with id ${unknown.join(', ')}`);
  const scopeOperatives = p.operatives ?? operatives.map((o) => o.id);
  const stored = store.read.diary();
  const again = p.replan && p.refs ? new Set(p.refs) : null;
  // Locked visits (issue 15) stay where they are, as if pinned.
  const locked = lockedRefs(store);
  const diary = (again ? stored.filter((e) => !again.has(e.job_ref) || locked.has(e.job_ref)) : stored).map((e) =>
    locked.has(e.job_ref) && !e.pinned ? { ...e, pinned: true } : e,
  );
  const placed = new Set(diary.map((e) => e.job_ref));
  const inScope = new Set(scopeOperatives);
  const movable = p.reoptimise
    ? diary.filter((e) => !e.pinned && inScope.has(e.operative_id) && e.date >= p.from && e.date <= p.to).map((e) => e.job_ref)
    : [];
  const scopeJobs = p.refs
    ? refsInScope(jobs, placed, p.refs)
    : [...jobs.filter((j) => OPEN.has(j.status) && !placed.has(j.ref)).map((j) => j.ref), ...movable];
  if (scopeJobs.length === 0) {
    throw new ApiError(
      'VALIDATION',
      p.reoptimise
        ? 'Nothing to schedule: no unscheduled jobs and no unpinned placements in the range'
        : 'Nothing to schedule: every open job is already placed',
    );
  }
  return {
    world: withActuals(store, read, p.learnedDurations),
    diary,
    scopeJobs,
    dates,
    scopeOperatives,
    reoptimise: p.reoptimise ?? false,
    timeLimitMs: p.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
    seed: p.seed ?? 1,
    matrix: matrixSettingsOf(store),
    ...(p.threads !== undefined ? { threads: p.threads } : {}),
  };
}

function refsInScope(jobs: readonly Job[], placed: Set<string>, refs: string[]): string[] {
  const byRef = new Map(jobs.map((j) => [j.ref, j]));
  for (const ref of refs) {
    const job = byRef.get(ref);
    if (!job) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
    if (!OPEN.has(job.status)) throw new ApiError('CONFLICT', `Job ${ref} is ${job.status} and cannot be scheduled`);
    if (placed.has(ref)) throw new ApiError('CONFLICT', `Job ${ref} is already placed; send it back to the tray first`);
  }
  return [...new Set(refs)];
}

/** The planning world the task input describes (rebuilt in the worker from plain data). */
export function worldFromTaskInput(input: ScheduleTaskInput): PlanningWorld {
  return worldFromSnapshot(input.world);
}
