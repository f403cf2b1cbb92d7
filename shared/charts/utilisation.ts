// How an operative's day is spent: working, driving, and the rest of the shift (idle,
// including waiting for appointment windows). Overrun is shown separately, not as negative idle.
import type { DayPlan } from '../plan/day-plan';

export interface DayUse {
  work_min: number;
  travel_min: number;
  idle_min: number;
  overrun_min: number;
}

export function dayUse(plan: Pick<DayPlan, 'work_min' | 'travel_min' | 'shift_min' | 'overrun_min' | 'visits'>): DayUse {
  if (plan.visits.length === 0) return { work_min: 0, travel_min: 0, idle_min: plan.shift_min, overrun_min: 0 };
  return {
    work_min: plan.work_min,
    travel_min: plan.travel_min,
    idle_min: Math.max(0, plan.shift_min - plan.work_min - plan.travel_min),
    overrun_min: plan.overrun_min,
  };
}
