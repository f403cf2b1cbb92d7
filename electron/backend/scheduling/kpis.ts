// KPIs of a diary over the run's range, with the same definition the scenario comparison uses
// (shared/kpi), so "before → after" in the preview means what it means everywhere else.
import { computePlanKpis, type PlanKpis } from '../../../shared/kpi/plan-kpis';
import { buildWorld } from '../../../shared/rules';
import type { DiaryEntry } from '../../../shared/domain/types';
import type { ScheduleTaskInput } from './task-input';

export function kpisOf(input: ScheduleTaskInput, diary: readonly DiaryEntry[]): PlanKpis {
  const world = buildWorld({
    jobs: input.jobs,
    operatives: input.operatives,
    absences: input.absences,
    flags: input.flags,
    dependencies: input.dependencies,
    slaDeadlines: new Map(input.slaDeadlines),
    overtimeMin: input.overtimeMin,
    roster: input.roster,
  });
  return computePlanKpis(world, diary, input.dates[0]!, input.dates[input.dates.length - 1]!);
}
