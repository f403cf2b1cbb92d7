// The board as loaded: one `diary/get-board` answer turned into look-ups, plus the planning world
// and one PlanIndex, built once per load. The world comes from the answer's planning snapshot
// through shared/rules worldFromSnapshot, the function the backend judges moves with, so a drop
// is judged here exactly as it will be there. Everything that does not change during a drag lives
// here; day plans and per-day rule results are computed lazily by the index and cached in it.
import type { ApiOutput } from '../../../../shared/api/contract';
import type { JobView, OperativeView } from '../../../../shared/api/views';
import type { DiaryEntry } from '../../../../shared/domain/types';
import type { DayPlan } from '../../../../shared/plan';
import { PlanIndex, worldFromSnapshot, type PlanningWorld } from '../../../../shared/rules';
import { onlyPlacementsChanged } from './moves/applyStored';

export type BoardData = ApiOutput<'diary/get-board'>;
/** A locked visit (issue 15): what the lock keeps and why. */
export type CardLock = BoardData['locks'][number];

/** Where the client saw a job when a drag began: the backend's stale-card check. */
export interface Seen {
  operative_id: string;
  date: string;
  sequence: number;
}

export interface BoardModel {
  data: BoardData;
  version: number;
  dates: readonly string[];
  operatives: readonly OperativeView[];
  operativeById: ReadonlyMap<string, OperativeView>;
  /** Position of each operative in `operatives` (rows of drag status grids). */
  operativeIndex: ReadonlyMap<string, number>;
  jobs: ReadonlyMap<string, JobView>;
  unscheduled: readonly JobView[];
  entries: ReadonlyMap<string, DiaryEntry>;
  world: PlanningWorld;
  index: PlanIndex;
  /** operative id → most jobs on any visible day (row heights). */
  maxJobsPerDay: ReadonlyMap<string, number>;
  /** ref → its visit's lock, for locked visits only. */
  locks: ReadonlyMap<string, CardLock>;
}

/**
 * The model of `data`. After the board's own stored move (`previous`'s data with placements
 * changed, moves/applyStored.ts) the world and the operatives are reused: a world does not depend
 * on the diary, and rows then keep their operative objects.
 */
export function buildBoardModel(data: BoardData, previous?: BoardModel): BoardModel {
  const jobs = new Map(data.jobs.map((j) => [j.ref, j]));
  const reuse = previous && onlyPlacementsChanged(data, previous.data) ? previous : null;
  const world = reuse ? reuse.world : worldFromSnapshot(data);
  // Rows show each operative's absences and flags.
  const operatives: readonly OperativeView[] =
    reuse?.operatives ??
    data.operatives.map((o) => ({
      ...o,
      absences: [...(world.absencesByOperative.get(o.id) ?? [])],
      flags: [...(world.flagsByOperative.get(o.id) ?? [])],
    }));
  const entries = new Map<string, DiaryEntry>();
  const inRange = new Set(data.dates);
  const perDay = new Map<string, number>();
  for (const e of data.entries) {
    entries.set(e.job_ref, e);
    if (!inRange.has(e.date) || !jobs.has(e.job_ref)) continue;
    const k = `${e.operative_id}|${e.date}`;
    perDay.set(k, (perDay.get(k) ?? 0) + 1);
  }
  const maxJobsPerDay = new Map<string, number>();
  for (const [k, n] of perDay) {
    const id = k.slice(0, k.lastIndexOf('|'));
    if (n > (maxJobsPerDay.get(id) ?? 0)) maxJobsPerDay.set(id, n);
  }
  return {
    data,
    version: data.version,
    dates: data.dates,
    operatives,
    operativeById: reuse?.operativeById ?? new Map(operatives.map((o) => [o.id, o])),
    operativeIndex: reuse?.operativeIndex ?? new Map(operatives.map((o, i) => [o.id, i])),
    jobs,
    unscheduled: data.jobs.filter((j) => !entries.has(j.ref)),
    entries,
    world,
    index: new PlanIndex(world, data.entries),
    maxJobsPerDay,
    locks: new Map(data.locks.map((l) => [l.ref, l])),
  };
}

/** The operative's day as the diary has it, timed (cached by the index). */
export function dayPlanOf(model: BoardModel, op: OperativeView, date: string): DayPlan {
  return model.index.basePlan(op, date);
}

export function seenOf(model: BoardModel, ref: string): Seen | null {
  const e = model.entries.get(ref);
  return e ? { operative_id: e.operative_id, date: e.date, sequence: e.sequence } : null;
}

/** Minutes the job may run to on `date` without breaching its SLA (Infinity when no SLA). */
export function slaLimit(model: BoardModel, job: JobView, date: string): number {
  return model.index.slaLatestFinish(job, date);
}
