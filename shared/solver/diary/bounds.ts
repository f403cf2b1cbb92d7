// When a job may start on one operative-day, as the engine's per-vehicle window: inside its
// appointment window (within the shift) and after every placed predecessor finishes plus lag,
// finishing before every placed successor starts minus lag. The appointment-window and
// dependencies rules judge the same facts; a test holds the two to agreement.
import type { IsoDate, Job } from '../../domain/types';
import { MINUTES_PER_DAY } from '../../plan/time';
import { windowWithin, type ShiftBounds } from '../../plan/window';
import type { PlanIndex } from '../../rules/index';

/** "No bound" for the engine: far beyond any minute of a day. */
export const FAR = 1e9;

export interface StartBounds {
  /** Earliest start (minutes of the day); later than `latest` when the day cannot take the job. */
  earliest: number;
  latest: number;
}

export function startBounds(index: PlanIndex, job: Job, date: IsoDate, shift: ShiftBounds): StartBounds {
  const win = windowWithin(job.window, shift);
  // 'ALL' is the shift, which the vehicle's own hours enforce.
  const lo = win.kind === 'ALL' ? 0 : win.start;
  const hi = win.kind === 'ALL' ? FAR : win.end - job.duration_min;
  const dep = dependencyBounds(index, job, date);
  return { earliest: Math.max(lo, dep.earliestStart), latest: Math.min(hi, dep.latestEnd - job.duration_min) };
}

/**
 * Finish-to-start links to jobs already placed, as minutes of this day: start no earlier than
 * every predecessor's end plus lag; end no later than every placed successor's start minus lag.
 * A predecessor not placed at all makes the day impossible (the rule blocks it outright).
 */
function dependencyBounds(index: PlanIndex, job: Job, date: IsoDate): { earliestStart: number; latestEnd: number } {
  const world = index.world;
  const dayAbs = index.epochDay(date) * MINUTES_PER_DAY;
  let earliestStart = 0;
  let latestEnd = FAR;
  for (const d of world.predecessorsOf.get(job.ref) ?? []) {
    if (d.pred_ref === job.ref) continue;
    const p = index.placementOf(d.pred_ref);
    if (!p) return { earliestStart: FAR, latestEnd: -FAR };
    earliestStart = Math.max(earliestStart, p.end_abs + d.lag_min - dayAbs);
  }
  for (const d of world.successorsOf.get(job.ref) ?? []) {
    if (d.succ_ref === job.ref) continue;
    const s = index.placementOf(d.succ_ref);
    if (s) latestEnd = Math.min(latestEnd, s.start_abs - d.lag_min - dayAbs);
  }
  return { earliestStart, latestEnd };
}
