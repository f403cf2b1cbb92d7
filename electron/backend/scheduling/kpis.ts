// KPIs of a diary over the run's range, with the same definition the scenario comparison uses
// (shared/kpi), so "before → after" in the preview means what it means everywhere else.
import { computePlanKpis, type PlanKpis } from '../../../shared/kpi/plan-kpis';
import type { DiaryEntry } from '../../../shared/domain/types';
import { worldFromTaskInput, type ScheduleTaskInput } from './task-input';

export function kpisOf(input: ScheduleTaskInput, diary: readonly DiaryEntry[]): PlanKpis {
  return computePlanKpis(worldFromTaskInput(input), diary, input.dates[0]!, input.dates[input.dates.length - 1]!);
}
