// readPlanningWorld: the one reader of the planning world from the store. The backend's cached
// world, roster drop-outs, the scheduler's task input and `diary/get-board` all start here, and
// all build their PlanningWorld with shared/rules worldFromSnapshot: one source of every verdict.
import { DEFAULT_OVERTIME_MIN, type DeadlinedJob, type PlanningSnapshot } from '../../../shared/rules';
import { dateRange } from '../../../shared/calendar/dates';
import type { DiaryEntry, IsoDate } from '../../../shared/domain/types';
import { deadlineOf } from '../sla/deadlines';
import { slaPolicyOf } from '../sla/policy';
import { readOverrides, readPatterns } from '../store/roster';
import type { Store } from '../store/store';

export const OVERTIME_KEY = 'overtime_min';

/** Jobs still to be done: the ones a planner can place. */
export const OPEN_STATUSES: ReadonlySet<string> = new Set(['open', 'in_progress']);

export function overtimeMinOf(store: Store): number {
  return store.read.setting<number>(OVERTIME_KEY) ?? DEFAULT_OVERTIME_MIN;
}

/** The dates a caller will judge placements on (the board's range). */
export interface PlanningRange {
  from: IsoDate;
  to: IsoDate;
}

export interface ReadOptions {
  /**
   * False: leave each job's SLA deadline to the world built from the snapshot, which computes one
   * when a verdict first asks for it (shared/rules buildWorld). The backend's cached world does
   * so: a suggestion reads a few hundred deadlines, and computing all 5,000 cost more than the
   * suggestion itself on a cold start. The snapshot's `sla_deadline` is then undefined.
   */
  deadlines?: boolean;
}

/**
 * The planning world as stored now (inside a transaction: with its writes). Without a range,
 * everything. With one, what any verdict on those dates can read and no more: every operative,
 * absence, flag and link; every open job (it may be placed) and every placed job (it takes time
 * in its day); roster overrides on the range's dates and on every date with a diary entry
 * (dependency checks time jobs outside the range).
 */
export function readPlanningWorld(
  store: Store,
  range?: PlanningRange,
  diary?: readonly DiaryEntry[],
  options: ReadOptions = {},
): PlanningSnapshot {
  const policy = slaPolicyOf(store);
  // `diary`: the caller's copy of the stored diary (the board's cached one), else read here.
  const entries = range ? (diary ?? store.read.diary()) : [];
  const placed = new Set(entries.map((e) => e.job_ref));
  const jobs = store.read.jobs().filter((j) => !range || OPEN_STATUSES.has(j.status) || placed.has(j.ref));
  const deadlined =
    options.deadlines === false
      ? (jobs as DeadlinedJob[]) // sla_deadline undefined: computed by the world when asked (see ReadOptions)
      : jobs.map((j): DeadlinedJob => ({ ...j, sla_deadline: deadlineOf(j, policy) }));
  return {
    jobs: deadlined,
    ...readPeopleAndRoster(store, range && new Set([...dateRange(range.from, range.to), ...entries.map((e) => e.date)])),
    dependencies: store.read.dependencies(),
    slaPolicy: policy,
    overtimeMin: overtimeMinOf(store),
  };
}

/**
 * The parts a roster or absence edit changes: operatives, absences, flags and the roster (all
 * overrides, or those on the given dates). Lets a roster edit re-read only these.
 */
export function readPeopleAndRoster(
  store: Store,
  dates?: ReadonlySet<string>,
): Pick<PlanningSnapshot, 'operatives' | 'absences' | 'flags' | 'roster'> {
  const days = readOverrides(store);
  return {
    operatives: store.read.operatives(),
    absences: store.read.absences(),
    flags: store.read.flags(),
    roster: { patterns: readPatterns(store), days: dates ? days.filter((o) => dates.has(o.date)) : days },
  };
}
