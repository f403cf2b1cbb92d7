// What an auto-schedule run would change, in the planner's terms: jobs added, moved, still
// unplaced (with reasons), and the KPIs before and after.
import { formatHHMM } from '../../../shared/calendar/dates';
import type { DiaryEntry } from '../../../shared/domain/types';
import type { PlanKpis } from '../../../shared/kpi/plan-kpis';
import type { ScheduleResult } from '../../../shared/solver/diary';

export interface Slot {
  operative_id: string;
  date: string;
  start: string;
}

export interface SchedulePreview {
  added: { ref: string; to: Slot; warnings: { ruleId: string; severity: 'hard' | 'soft'; reason: string }[] }[];
  moved: { ref: string; from: Slot; to: Slot; warnings: { ruleId: string; severity: 'hard' | 'soft'; reason: string }[] }[];
  unplaced: {
    ref: string;
    summary: string;
    reasons: { ruleId: string; ruleName: string; count: number; example: string }[];
    fixes: string[];
  }[];
  before: PlanKpis;
  after: PlanKpis;
  checkOk: boolean;
  problems: string[];
  iterations: number;
  /** ms past the time limit, from pressing Run to this preview (0 when kept). */
  overrunMs: number;
}

const slotOf = (e: DiaryEntry): Slot => ({ operative_id: e.operative_id, date: e.date, start: e.start ?? '' });

export function buildPreview(
  before: DiaryEntry[],
  beforeKpis: PlanKpis,
  afterKpis: PlanKpis,
  result: ScheduleResult,
  overrunMs = result.overrunMs,
): SchedulePreview {
  const was = new Map(before.map((e) => [e.job_ref, e]));
  const added: SchedulePreview['added'] = [];
  const moved: SchedulePreview['moved'] = [];
  for (const p of result.placed) {
    const to: Slot = { operative_id: p.operative_id, date: p.date, start: formatHHMM(p.start_min % 1440) };
    const prev = was.get(p.ref);
    if (!prev) added.push({ ref: p.ref, to, warnings: p.warnings });
    else if (prev.operative_id !== p.operative_id || prev.date !== p.date)
      moved.push({ ref: p.ref, from: slotOf(prev), to, warnings: p.warnings });
  }
  return {
    added,
    moved,
    unplaced: result.unplaced.map((u) => ({
      ref: u.ref,
      summary: u.summary,
      reasons: u.reasons.map((r) => ({ ruleId: r.ruleId, ruleName: r.ruleName, count: r.count, example: r.example })),
      fixes: u.fixes,
    })),
    before: beforeKpis,
    after: afterKpis,
    checkOk: result.check.ok,
    problems: result.check.problems,
    iterations: result.iterations,
    overrunMs,
  };
}
