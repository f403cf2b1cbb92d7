// The cross-check: every placement the engine made is asked of the real rule units, exactly as a
// planner's drop would be (evaluate at its position in the day). Any hard violation is reported
// as a problem: the engine's fast model and the rules must agree. Pinned entries must not have
// moved. The same pass collects the KPIs.
import type { DiaryEntry, IsoDate, Operative } from '../../domain/types';
import { BLOCKED, type PlanIndex } from '../../rules/index';
import { formatClock } from '../../plan/time';
import { plannedStart } from './scope';
import type { PlacedJob, ScheduleKpis } from './types';

export interface CheckInput {
  index: PlanIndex;
  diary: readonly DiaryEntry[];
  /** Jobs this run placed (new or moved). */
  placedRefs: ReadonlySet<string>;
  wasElsewhere: (e: DiaryEntry) => boolean;
  /** Fixed entries as they are now, the entry they came from and its planned start. */
  pinned: readonly { now: DiaryEntry; orig: DiaryEntry; startMin: number }[];
  operatives: readonly Operative[];
  dates: readonly IsoDate[];
}

export function crossCheck(input: CheckInput): { placed: PlacedJob[]; kpis: ScheduleKpis; check: { ok: boolean; problems: string[] } } {
  const { index } = input;
  const world = index.world;
  const problems: string[] = [];
  const placed: PlacedJob[] = [];
  const slaBreaches: Record<string, number> = {};

  for (const e of input.diary) {
    if (!input.placedRefs.has(e.job_ref)) continue;
    const job = world.jobs.get(e.job_ref)!;
    const op = world.operatives.get(e.operative_id)!;
    const position = index.dayJobs(op.id, e.date).findIndex((d) => d.job.ref === job.ref);
    const res = index.evaluate(job, op, e.date, { index: position });
    for (const v of res.violations) if (v.severity === 'hard') problems.push(`${job.ref} with ${op.name} on ${e.date}: ${v.reason}`);
    const warnings = res.violations.filter((v) => v.severity === 'soft');
    if (warnings.some((v) => v.ruleId === 'sla-breach')) slaBreaches[job.priority] = (slaBreaches[job.priority] ?? 0) + 1;
    placed.push({
      ref: job.ref,
      operative_id: op.id,
      date: e.date,
      start_min: res.visit.start_min,
      end_min: res.visit.end_min,
      moved: input.wasElsewhere(e),
      warnings,
    });
  }

  for (const { now, orig, startMin } of input.pinned) {
    if (now.operative_id !== orig.operative_id || now.date !== orig.date) {
      problems.push(`fixed entry ${orig.job_ref} moved from ${orig.operative_id} on ${orig.date} to ${now.operative_id} on ${now.date}`);
      continue;
    }
    const at = plannedStart(index, now);
    if (at !== startMin)
      problems.push(`fixed entry ${orig.job_ref} on ${orig.date} now starts ${formatClock(at)}, was ${formatClock(startMin)}`);
  }

  let travelMin = 0;
  let overtimeMin = 0;
  let busy = 0;
  let rostered = 0;
  for (const op of input.operatives) {
    for (const date of input.dates) {
      const od = index.operativeDay(op, date);
      if (od.code === BLOCKED) continue;
      const plan = od.plan();
      rostered += plan.shift_min;
      if (plan.visits.length === 0) continue;
      travelMin += plan.travel_min;
      overtimeMin += plan.overrun_min;
      busy += plan.work_min + plan.travel_min;
    }
  }
  const kpis: ScheduleKpis = {
    placed: placed.length,
    unplaced: 0,
    slaBreaches,
    travelMin,
    overtimeMin,
    utilisation: rostered > 0 ? busy / rostered : 0,
  };
  return { placed, kpis, check: { ok: problems.length === 0, problems } };
}
