// What actuals feed into the auto-scheduler's input (the solver itself is unchanged):
// rebookings are planned by their rebooking deadline (a restarted clock moves it), and with the
// option on, jobs are planned with the learned standard duration for their trade and type.
import { learnedDuration } from '../../../shared/actuals';
import type { Job } from '../../../shared/domain/types';
import type { Store } from '../store/store';
import { standardMinutes } from './durations';
import { rebookingDeadlines } from './rebooking';

export function withLearnedDurations(store: Store, jobs: Job[], enabled: boolean | undefined): Job[] {
  if (!enabled) return jobs;
  const standards = standardMinutes(store);
  if (standards.size === 0) return jobs;
  return jobs.map((j) => {
    const d = learnedDuration(j, standards);
    return d === j.duration_min ? j : { ...j, duration_min: d };
  });
}

export function withRebookingDeadlines(store: Store, deadlines: [string, string | null][]): [string, string | null][] {
  const rebook = rebookingDeadlines(store);
  if (rebook.size === 0) return deadlines;
  return deadlines.map(([ref, d]) => [ref, rebook.has(ref) ? rebook.get(ref)! : d]);
}
