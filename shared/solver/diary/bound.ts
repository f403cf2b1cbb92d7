// An upper bound on how many of the jobs any plan could place, so "92% placed" can be judged
// against the best possible. A relaxation, never an estimate: it keeps what no plan can beat and
// drops the rest — a job can only go to an operative-day its hard job rules allow (trade,
// competences, flags, areas, working day, absence) whose shift can hold its appointment window;
// the work placed on a trade fits in the rostered hours (plus the overtime allowance, minus work
// already booked) of the operative-days allowed any job of that trade; the work placed overall
// fits in all of them. Travel, dependencies and the exact day timing are left out, which only
// makes the bound larger.
import type { IsoDate, Job, Operative } from '../../domain/types';
import { windowWithin } from '../../plan/window';
import { BLOCKED, type PlanIndex } from '../../rules/index';
import { jobRulesPass } from './build';

export interface TradeBound {
  trade: string;
  jobs: number;
  /** Jobs some operative-day may take at all. */
  allowed: number;
  /** Minutes of the operative-days allowed any job of the trade. */
  capacityMin: number;
  demandMin: number;
  /** Most jobs of the trade (shortest first) that fit in that capacity. */
  fit: number;
}

export interface PlacementBound {
  /** No plan places more of the jobs than this. */
  bound: number;
  byTrade: TradeBound[];
}

export function placementBound(
  index: PlanIndex,
  jobs: readonly Job[],
  operatives: readonly Operative[],
  dates: readonly IsoDate[],
): PlacementBound {
  const world = index.world;
  const days: { operative: Operative; date: IsoDate; od: ReturnType<PlanIndex['operativeDay']>; room: number }[] = [];
  for (const date of dates) {
    for (const operative of operatives) {
      const od = index.operativeDay(operative, date);
      if (od.code === BLOCKED) continue;
      const booked = index.dayJobs(operative.id, date).reduce((m, d) => m + d.job.duration_min, 0);
      const room = Math.max(0, od.shift.end - od.shift.start + world.overtimeMin - booked);
      days.push({ operative, date, od, room });
    }
  }
  const allowedDays = new Map<string, Set<number>>();
  const durations = new Map<string, number[]>();
  const all: number[] = [];
  const byTrade = new Map<string, TradeBound>();
  for (const job of jobs) {
    const t = byTrade.get(job.trade) ?? { trade: job.trade, jobs: 0, allowed: 0, capacityMin: 0, demandMin: 0, fit: 0 };
    byTrade.set(job.trade, t);
    t.jobs++;
    t.demandMin += job.duration_min;
    const set = allowedDays.get(job.trade) ?? new Set<number>();
    allowedDays.set(job.trade, set);
    let allowed = false;
    days.forEach((d, i) => {
      if (!fitsShift(job, d.od.shift) || !jobRulesPass(index, job, d)) return;
      allowed = true;
      set.add(i);
    });
    if (!allowed) continue;
    t.allowed++;
    (durations.get(job.trade) ?? durations.set(job.trade, []).get(job.trade)!).push(job.duration_min);
    all.push(job.duration_min);
  }
  let sum = 0;
  for (const t of byTrade.values()) {
    t.capacityMin = [...(allowedDays.get(t.trade) ?? [])].reduce((m, i) => m + days[i]!.room, 0);
    t.fit = shortestFirst(durations.get(t.trade) ?? [], t.capacityMin);
    sum += t.fit;
  }
  const total = days.reduce((m, d) => m + d.room, 0);
  return { bound: Math.min(sum, shortestFirst(all, total)), byTrade: [...byTrade.values()].sort((a, b) => a.trade.localeCompare(b.trade)) };
}

/** The job's window inside the shift leaves room for the job. */
function fitsShift(job: Job, shift: { start: number; end: number }): boolean {
  const win = windowWithin(job.window, shift);
  return win.kind === 'ALL' || win.end - win.start >= job.duration_min;
}

/** How many of the durations, shortest first, fit in the capacity. */
function shortestFirst(durations: number[], capacity: number): number {
  const sorted = [...durations].sort((a, b) => a - b);
  let used = 0;
  let k = 0;
  for (const d of sorted) {
    if (used + d > capacity) break;
    used += d;
    k++;
  }
  return k;
}
