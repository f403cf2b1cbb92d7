// The plan as the dependency map sees it: every open job timed by the critical-path pass over
// the diary as stored (slots from the same PlanIndex the rules use). Cached per store version
// and plan start, since the map, the jobs table and the charts ask for it in quick succession.
import { criticalPath, instantToAbs, localToAbs, type CpmJob, type CriticalPathResult } from '../../../shared/graph';
import type { Job } from '../../../shared/domain/types';
import type { PlanIndex } from '../../../shared/rules';
import type { Store } from '../store/store';
import { indexOf } from '../planning/world';

/** Jobs still to be done; finished, cancelled and archived jobs constrain nothing. */
export const OPEN_STATUSES: ReadonlySet<string> = new Set(['open', 'in_progress']);

export interface PlanModel {
  planStartAbs: number;
  /** Open jobs by ref. */
  jobs: ReadonlyMap<string, Job>;
  cpm: CriticalPathResult;
  index: PlanIndex;
  /** SLA deadline in absolute minutes, or null. */
  deadlineAbs(ref: string): number | null;
}

const cache = new WeakMap<Store, { version: number; planStartAbs: number; model: PlanModel }>();

/** "Now" on the plan's minute scale (the store's clock, so tests can pin it). */
export function nowAbs(store: Store): number {
  return instantToAbs(store.now());
}

export function planModel(store: Store, planStartAbs: number = nowAbs(store)): PlanModel {
  const version = store.version;
  const hit = cache.get(store);
  if (hit && hit.version === version && hit.planStartAbs === planStartAbs) return hit.model;
  const index = indexOf(store);
  const world = index.world;
  const jobs = new Map([...world.jobs].filter(([, j]) => OPEN_STATUSES.has(j.status)));
  const deadlineAbs = (ref: string): number | null => {
    const job = world.jobs.get(ref);
    const d = job ? world.slaDeadline(job) : null;
    return d === null ? null : localToAbs(d);
  };
  const cpmJobs: CpmJob[] = [...jobs.values()].map((j) => {
    const p = index.placementOf(j.ref);
    const release = releaseOf(j);
    return {
      ref: j.ref,
      duration_min: j.duration_min,
      slot: p ? { start_abs: p.start_abs, end_abs: p.end_abs } : null,
      ...(release !== null ? { release_abs: release } : {}),
      // Slack counts against the SLA deadline too: a job planned late has negative slack.
      deadline_abs: deadlineAbs(j.ref),
    };
  });
  const cpm = criticalPath({ jobs: cpmJobs, links: world.dependencies, planStartAbs });
  const model: PlanModel = { planStartAbs, jobs, cpm, index, deadlineAbs };
  cache.set(store, { version, planStartAbs, model });
  return model;
}

/** A job cannot start before it was raised. */
function releaseOf(job: Job): number | null {
  try {
    return instantToAbs(job.raised_at);
  } catch {
    return null;
  }
}
