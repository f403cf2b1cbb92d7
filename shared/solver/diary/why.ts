// "Why this operative?" for a placed job, on request: the rules it passes where it is, and how
// every other operative-day in range compares (blocked by which rule, or fits at what extra travel).
import type { DiaryEntry, IsoDate, Operative } from '../../domain/types';
import { formatLongDate } from '../../calendar/dates';
import { formatClock } from '../../plan/time';
import { PlanIndex, RULES_BY_ID, type PlanningWorld } from '../../rules/index';

export interface PlacementWhy {
  ref: string;
  summary: string;
  /** Other operative-days that would also take it (without moving anything), cheapest first. */
  alternatives: { operative: string; date: IsoDate; extraTravelMin: number; warnings: string[] }[];
  /** Rule → how many operative-days it rules out. */
  blockedBy: { rule: string; count: number }[];
}

export function explainPlacement(
  world: PlanningWorld,
  diary: readonly DiaryEntry[],
  ref: string,
  operatives: readonly Operative[],
  dates: readonly IsoDate[],
): PlacementWhy {
  const job = world.jobs.get(ref);
  const entry = diary.find((e) => e.job_ref === ref);
  if (!job || !entry) throw new Error(`${ref} is not in the diary`);
  const op = world.operatives.get(entry.operative_id)!;
  const index = new PlanIndex(world, diary);
  const position = index.dayJobs(op.id, entry.date).findIndex((d) => d.job.ref === ref);
  const here = index.evaluate(job, op, entry.date, { index: position });
  const without = new PlanIndex(
    world,
    diary.filter((e) => e !== entry),
  );
  const base = (o: Operative, d: IsoDate): number => without.basePlan(o, d).travel_min;
  const hereExtra = here.plan.travel_min - base(op, entry.date);

  const alternatives: PlacementWhy['alternatives'] = [];
  const blocked = new Map<string, number>();
  for (const date of dates) {
    for (const o of operatives) {
      if (o.id === op.id && date === entry.date) continue;
      const res = without.evaluate(job, o, date);
      const hard = res.violations.filter((v) => v.severity === 'hard');
      if (hard.length > 0) {
        for (const id of new Set(hard.map((v) => v.ruleId))) blocked.set(id, (blocked.get(id) ?? 0) + 1);
        continue;
      }
      alternatives.push({
        operative: o.name,
        date,
        extraTravelMin: res.plan.travel_min - base(o, date),
        warnings: res.violations.map((v) => v.reason),
      });
    }
  }
  alternatives.sort((a, b) => a.warnings.length - b.warnings.length || a.extraTravelMin - b.extraTravelMin);
  const blockedBy = [...blocked.entries()]
    .map(([id, count]) => ({ rule: RULES_BY_ID.get(id)?.name ?? id, count }))
    .sort((a, b) => b.count - a.count);
  const warn =
    here.violations.length > 0 ? ` (with warnings: ${here.violations.map((v) => v.reason).join('; ')})` : ' and passes every rule';
  const next = alternatives[0];
  const summary =
    `${ref} is with ${op.name} on ${formatLongDate(entry.date)}, ${formatClock(here.visit.start_min)}–${formatClock(here.visit.end_min)}${warn}; ` +
    `it adds ${hereExtra} min of travel to that day. ` +
    (next
      ? `${alternatives.length} other operative-day${alternatives.length === 1 ? '' : 's'} could take it as the diary stands; the best, ${next.operative} on ${formatLongDate(next.date)}, adds ${next.extraTravelMin} min${next.warnings.length ? ` and warns: ${next.warnings[0]}` : ''}.`
      : 'No other operative-day in range could take it as the diary stands.') +
    (blockedBy.length
      ? ` Ruled out elsewhere mostly by: ${blockedBy
          .slice(0, 3)
          .map((b) => `${b.rule.toLowerCase()} (${b.count})`)
          .join(', ')}.`
      : '');
  return { ref, summary, alternatives, blockedBy };
}
