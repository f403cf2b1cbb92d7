// What actuals feed into the auto-scheduler's input (the solver itself is unchanged):
// rebookings are planned by their rebooking deadline (a restarted clock moves it), and with the
// option on, jobs are planned with the learned standard duration for their trade and type.
import { learnedDuration } from '../../../shared/actuals';
import type { PlanningSnapshot } from '../../../shared/rules';
import type { Store } from '../store/store';
import { standardMinutes } from './durations';
import { rebookingDeadlines } from './rebooking';

/** The planning snapshot as the scheduler plans it: rebooking deadlines, and learned durations when enabled. */
export function withActuals(store: Store, snapshot: PlanningSnapshot, learnedDurations: boolean | undefined): PlanningSnapshot {
  const standards = learnedDurations ? standardMinutes(store) : new Map<string, number>();
  const rebook = rebookingDeadlines(store);
  if (standards.size === 0 && rebook.size === 0) return snapshot;
  return {
    ...snapshot,
    jobs: snapshot.jobs.map((j) => {
      const duration_min = standards.size === 0 ? j.duration_min : learnedDuration(j, standards);
      const sla_deadline = rebook.has(j.ref) ? rebook.get(j.ref)! : j.sla_deadline;
      return duration_min === j.duration_min && sla_deadline === j.sla_deadline ? j : { ...j, duration_min, sla_deadline };
    }),
  };
}
