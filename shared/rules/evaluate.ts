// One placement, fully explained: every rule's verdict with its reason.
import type { DiaryEntry, IsoDate, Job, Operative } from '../domain/types';
import { PlanIndex, type PlacementOptions, type PlacementResult } from './plan-index';
import type { PlanningWorld } from './world';

/**
 * Would putting `job` on `operative` on `date` be ok, warned or blocked, and why?
 * Builds a throwaway index; when asking many questions of one diary, keep a PlanIndex instead.
 */
export function evaluatePlacement(
  job: Job,
  operative: Operative,
  date: IsoDate,
  world: PlanningWorld,
  diary: readonly DiaryEntry[] = [],
  opts: PlacementOptions = {},
): PlacementResult {
  return new PlanIndex(world, diary).evaluate(job, operative, date, opts);
}
