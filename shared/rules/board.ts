// Whole-board questions, status only. boardStatus is the live drag preview (one job over every
// operative-day cell); evaluateAllForDay is the scheduler's batch (every job × every operative).
import type { DiaryEntry, IsoDate, Job, Operative } from '../domain/types';
import { PlanIndex, type PlacementOptions } from './plan-index';
import { BLOCKED, statusName } from './status';
import type { PlacementStatus } from './types';
import type { PlanningWorld } from './world';

export interface StatusGrid<R, C> {
  rows: readonly R[];
  cols: readonly C[];
  /** Row-major status codes (0 ok, 1 warn, 2 blocked). */
  codes: Uint8Array;
  at(row: number, col: number): PlacementStatus;
}

function grid<R, C>(rows: readonly R[], cols: readonly C[], codes: Uint8Array): StatusGrid<R, C> {
  return { rows, cols, codes, at: (r, c) => statusName(codes[r * cols.length + c]!) };
}

/** One job over operatives × dates (rows = operatives, cols = dates), each as if dropped at the end of the day. */
export function boardStatus(
  index: PlanIndex,
  job: Job,
  operatives: readonly Operative[],
  dates: readonly IsoDate[],
  opts: Omit<PlacementOptions, 'index'> = {},
): StatusGrid<Operative, IsoDate> {
  const codes = new Uint8Array(operatives.length * dates.length);
  for (let o = 0; o < operatives.length; o++) {
    const op = operatives[o]!;
    // Trade does not change by date: one look-up rules out the whole row.
    if ((index.facts(op).skills.get(job.trade) ?? 0) < job.min_proficiency) {
      codes.fill(BLOCKED, o * dates.length, (o + 1) * dates.length);
      continue;
    }
    for (let d = 0; d < dates.length; d++) codes[o * dates.length + d] = index.statusOn(job, index.operativeDay(op, dates[d]!), opts);
  }
  return grid(operatives, dates, codes);
}

/**
 * Every job against every operative on one day (rows = jobs, cols = operatives), each as if
 * appended to the operative's existing day. Day-level rules and trade are settled up front:
 * each job is only checked against available operatives holding its trade at its level, so
 * most of the million cells are never touched (they start out blocked). Jobs are the outer
 * loop so each job is read from memory once while its few candidate operatives stay cached.
 */
export function evaluateAllForDay(
  jobs: readonly Job[],
  operatives: readonly Operative[],
  date: IsoDate,
  world: PlanningWorld,
  diary: readonly DiaryEntry[] = [],
  index: PlanIndex = new PlanIndex(world, diary),
): StatusGrid<Job, Operative> {
  const nOps = operatives.length;
  const days = operatives.map((op) => index.operativeDay(op, date));
  // trade → available operatives holding it, best proficiency first.
  const byTrade = new Map<string, { o: number; level: number }[]>();
  for (let o = 0; o < nOps; o++) {
    const od = days[o]!;
    if (od.code === BLOCKED) continue;
    for (const [trade, level] of od.facts.skills) {
      const list = byTrade.get(trade);
      if (list) list.push({ o, level });
      else byTrade.set(trade, [{ o, level }]);
    }
  }
  for (const list of byTrade.values()) list.sort((a, b) => b.level - a.level || a.o - b.o);

  const codes = new Uint8Array(jobs.length * nOps).fill(BLOCKED);
  for (let j = 0; j < jobs.length; j++) {
    const job = jobs[j]!;
    const list = byTrade.get(job.trade);
    if (!list) continue;
    const row = j * nOps;
    for (const { o, level } of list) {
      if (level < job.min_proficiency) break; // sorted: nobody further down qualifies
      codes[row + o] = index.statusOn(job, days[o]!);
    }
  }
  return grid(jobs, operatives, codes);
}
