// What the scheduler worker needs, as plain data (worker messages are structured clones):
// the world's rows, the diary and the scope. The worker rebuilds the PlanningWorld from it.
import { lockedRefs } from '../governance/locks';
import { ApiError } from '../../../shared/api/errors';
import { buildWorld, type PlanningWorld } from '../../../shared/rules';
import { dateRange } from '../../../shared/calendar/dates';
import type { Absence, Dependency, DiaryEntry, Flag, Job, Operative } from '../../../shared/domain/types';
import { deadlineOf, slaPolicyOf } from '../api/handlers/sla-deadlines';
import { overtimeMinOf } from '../planning/world';
import { matrixSettingsOf } from '../plan/matrix-settings';
import { readOverrides, readPatterns } from '../roster/rows';
import type { RosterInput } from '../../../shared/roster/types';
import type { MatrixSettings } from '../../../shared/matrix/quadrant';
import type { Store } from '../store/store';
import { withLearnedDurations, withRebookingDeadlines } from '../actuals/scheduler-input';

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
}

export interface ScheduleTaskInput {
  jobs: Job[];
  operatives: Operative[];
  absences: Absence[];
  flags: Flag[];
  dependencies: Dependency[];
  slaDeadlines: [string, string | null][];
  overtimeMin: number;
  diary: DiaryEntry[];
  scopeJobs: string[];
  dates: string[];
  scopeOperatives: string[];
  reoptimise: boolean;
  timeLimitMs: number;
  seed: number;
  matrix: MatrixSettings;
  /** Patterns and per-day overrides: the scheduler plans in rostered hours. */
  roster: RosterInput;
}

export const DEFAULT_TIME_LIMIT_MS = 5_000;
const MAX_DAYS = 31;
const OPEN = new Set(['open', 'in_progress']);

/** Checks the scope and gathers the input; throws a specific ApiError for empty or bad scopes. */
export function scheduleTaskInput(store: Store, p: ScheduleParams): ScheduleTaskInput {
  if (p.from > p.to) throw new ApiError('VALIDATION', `from ${p.from} is after to ${p.to}`);
  const dates = dateRange(p.from, p.to);
  if (dates.length > MAX_DAYS) throw new ApiError('VALIDATION', `schedule at most ${MAX_DAYS} days at a time (asked for ${dates.length})`);
  const operatives = store.read.operatives();
  if (operatives.length === 0) throw new ApiError('VALIDATION', 'No operatives in this plan: import operatives before auto-scheduling');
  const known = new Set(operatives.map((o) => o.id));
  const unknown = (p.operatives ?? []).filter((id) => !known.has(id));
  if (unknown.length) throw new ApiError('NOT_FOUND', `No operative with id ${unknown.join(', ')}`);
  const scopeOperatives = p.operatives ?? operatives.map((o) => o.id);
  const jobs = withLearnedDurations(store, store.read.jobs(), p.learnedDurations);
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
  const policy = slaPolicyOf(store);
  return {
    jobs,
    operatives,
    absences: store.read.absences(),
    flags: store.read.flags(),
    dependencies: store.read.dependencies(),
    // Rebookings are planned by their rebooking deadline (issue 14).
    slaDeadlines: withRebookingDeadlines(
      store,
      jobs.map((j) => [j.ref, deadlineOf(j, policy)]),
    ),
    overtimeMin: overtimeMinOf(store),
    diary,
    scopeJobs,
    dates,
    scopeOperatives,
    reoptimise: p.reoptimise ?? false,
    timeLimitMs: p.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
    seed: p.seed ?? 1,
    matrix: matrixSettingsOf(store),
    roster: { patterns: readPatterns(store), days: readOverrides(store) },
  };
}

function refsInScope(jobs: Job[], placed: Set<string>, refs: string[]): string[] {
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
  return buildWorld({
    jobs: input.jobs,
    operatives: input.operatives,
    absences: input.absences,
    flags: input.flags,
    dependencies: input.dependencies,
    slaDeadlines: new Map(input.slaDeadlines),
    overtimeMin: input.overtimeMin,
    roster: input.roster,
  });
}
