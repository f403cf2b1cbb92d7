// The numbers a planner compares plans by: what is placed, what breaches its SLA, how much
// driving, how full the days are, how much overtime, and when the linked work finishes.
import { dateRange, formatHHMM } from '../calendar/dates';
import type { DiaryEntry, IsoDate, Job } from '../domain/types';
import { isBreached } from '../sla/deadline';
import { PlanIndex, type PlanningWorld } from '../rules';
import { BLOCKED } from '../rules/status';

export interface PlanKpis {
  /** Open jobs (open or in progress) in the plan. */
  jobs: number;
  placed: number;
  unplaced: number;
  /** Placed jobs finishing after their deadline, plus unplaced jobs whose deadline falls by the range end. */
  slaBreaches: Record<string, number>;
  slaBreachesTotal: number;
  travelHours: number;
  workHours: number;
  overtimeHours: number;
  /** (work + travel) ÷ shift hours over available operative-days in the range (0–1+). */
  utilisation: number;
  /** Latest finish of any placed job that is linked by a dependency, 'YYYY-MM-DDTHH:MM' or null. */
  criticalPathFinish: string | null;
}

const OPEN = new Set(['open', 'in_progress']);
const round1 = (n: number) => Math.round(n * 10) / 10;

export function computePlanKpis(world: PlanningWorld, diary: readonly DiaryEntry[], from: IsoDate, to: IsoDate): PlanKpis {
  const index = new PlanIndex(world, diary);
  const openJobs = [...world.jobs.values()].filter((j) => OPEN.has(j.status));
  const placedRefs = new Set(diary.map((e) => e.job_ref));
  const slaBreaches: Record<string, number> = {};
  const breach = (j: Job) => (slaBreaches[j.priority] = (slaBreaches[j.priority] ?? 0) + 1);

  let travel = 0;
  let work = 0;
  let overtime = 0;
  let shift = 0;
  let chainFinish: { date: string; min: number } | null = null;
  const linked = (ref: string) => (world.predecessorsOf.get(ref)?.length ?? 0) + (world.successorsOf.get(ref)?.length ?? 0) > 0;

  const dates = dateRange(from, to);
  for (const op of world.operatives.values()) {
    for (const date of dates) {
      const plan = index.basePlan(op, date);
      const available = index.dayStatus(op, date) !== BLOCKED;
      if (available) shift += plan.shift_min;
      if (plan.visits.length === 0) continue;
      travel += plan.travel_min;
      work += plan.work_min;
      overtime += plan.overrun_min;
      for (const v of plan.visits) {
        const deadline = world.slaDeadline(v.job);
        if (deadline && isBreached(deadline, date, formatHHMM(v.end_min % 1440))) breach(v.job);
        if (linked(v.ref) && (!chainFinish || date > chainFinish.date || (date === chainFinish.date && v.end_min > chainFinish.min))) {
          chainFinish = { date, min: v.end_min };
        }
      }
    }
  }
  for (const j of openJobs) {
    if (placedRefs.has(j.ref)) continue;
    const deadline = world.slaDeadline(j);
    if (deadline && deadline.slice(0, 10) <= to) breach(j);
  }
  const placed = openJobs.filter((j) => placedRefs.has(j.ref)).length;
  return {
    jobs: openJobs.length,
    placed,
    unplaced: openJobs.length - placed,
    slaBreaches,
    slaBreachesTotal: Object.values(slaBreaches).reduce((a, b) => a + b, 0),
    travelHours: round1(travel / 60),
    workHours: round1(work / 60),
    overtimeHours: round1(overtime / 60),
    utilisation: shift > 0 ? Math.round(((work + travel) / shift) * 1000) / 1000 : 0,
    criticalPathFinish: chainFinish ? `${chainFinish.date}T${formatHHMM(Math.min(chainFinish.min, 1439))}` : null,
  };
}
