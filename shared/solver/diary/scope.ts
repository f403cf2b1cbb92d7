// Sorting the diary and the request into what the scheduler may touch: entries outside the
// range (never touched), fixed entries (pinned, or not being re-optimised), movable entries,
// new jobs, and jobs that cannot be scheduled at all with the reason why.
import type { DiaryEntry, IsoDate, Job, Operative } from '../../domain/types';
import { formatLongDate } from '../../calendar/dates';
import type { PlanIndex } from '../../rules/index';
import type { FixedEntry } from './build';
import type { ScheduleInput } from './types';

export class ScheduleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleInputError';
  }
}

export interface Scope {
  operatives: Operative[];
  dates: IsoDate[];
  outside: DiaryEntry[];
  fixed: FixedEntry[];
  movable: DiaryEntry[];
  newJobs: Job[];
  /** Requested refs that cannot be scheduled, with a sentence each. */
  refused: { ref: string; reason: string }[];
}

export function scopeOf(input: ScheduleInput, index: PlanIndex): Scope {
  const world = input.world;
  if (!(input.timeLimitMs >= 1)) throw new ScheduleInputError('time limit must be at least 1 ms');
  const dates = [...new Set(input.dates)].sort();
  if (dates.length === 0) throw new ScheduleInputError('no dates to plan: give at least one day');
  const ids = input.operatives ?? [...world.operatives.keys()];
  const operatives: Operative[] = [];
  for (const id of ids) {
    const op = world.operatives.get(id);
    if (!op) throw new ScheduleInputError(`unknown operative "${id}"`);
    operatives.push(op);
  }
  if (operatives.length === 0) throw new ScheduleInputError('no operatives to plan for');

  const opSet = new Set(operatives.map((o) => o.id));
  const dateSet = new Set(dates);
  const entriesByRef = new Map<string, DiaryEntry[]>();
  for (const e of input.diary) {
    const list = entriesByRef.get(e.job_ref);
    if (list) list.push(e);
    else entriesByRef.set(e.job_ref, [e]);
  }

  const outside: DiaryEntry[] = [];
  const fixed: FixedEntry[] = [];
  const movable: DiaryEntry[] = [];
  for (const e of input.diary) {
    if (!opSet.has(e.operative_id) || !dateSet.has(e.date)) {
      outside.push(e);
      continue;
    }
    // A job booked on several operatives moves as a crew or not at all: kept in place.
    const keep = e.pinned || !input.reoptimise || (entriesByRef.get(e.job_ref)?.length ?? 0) > 1 || !world.jobs.has(e.job_ref);
    if (keep) fixed.push({ entry: e, startMin: plannedStart(index, e) });
    else movable.push(e);
  }

  const newJobs: Job[] = [];
  const refused: { ref: string; reason: string }[] = [];
  const seen = new Set<string>();
  for (const ref of input.jobs) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    const job = world.jobs.get(ref);
    if (!job) {
      refused.push({ ref, reason: `${ref} is not a known job` });
      continue;
    }
    const booked = entriesByRef.get(ref);
    if (!booked) {
      newJobs.push(job);
      continue;
    }
    if (movable.some((e) => e.job_ref === ref)) continue; // placed again by the search
    const e = booked[0]!;
    const who = world.operatives.get(e.operative_id)?.name ?? e.operative_id;
    const why = e.pinned
      ? 'pinned'
      : opSet.has(e.operative_id) && dateSet.has(e.date)
        ? 'kept (not re-optimising)'
        : 'outside the planned range';
    refused.push({ ref, reason: `${ref} is already in the diary with ${who} on ${formatLongDate(e.date)} (${why})` });
  }
  if (newJobs.length === 0 && movable.length === 0 && refused.length === 0) throw new ScheduleInputError('no jobs to place');
  return { operatives, dates, outside, fixed, movable, newJobs, refused };
}

/** Where the entry's job starts in its day as the diary stands (minutes since midnight). */
export function plannedStart(index: PlanIndex, e: DiaryEntry): number {
  const op = index.world.operatives.get(e.operative_id);
  if (!op) return 0;
  const visit = index.basePlan(op, e.date).visits.find((v) => v.ref === e.job_ref);
  return visit ? visit.start_min : 0;
}
