// Each job's SLA deadline under the workspace's policy (shown everywhere the job is): a domain
// service used by the planning world, the scheduler, capacity, packs and the API alike.
import type { Job, SlaPolicy } from '../../../shared/domain/types';
import { slaDeadline } from '../../../shared/sla/deadline';

// Deadlines depend only on (raised_at, priority, policy): remembered across calls so the board,
// the jobs list and every rebuild of the planning world after a move don't recompute 5,000 of
// them. Keyed by the policy's JSON, so a policy change starts a fresh cache.
const cache = new Map<string, Map<string, string | null>>();
const MAX_POLICIES = 4;

/** Null when the priority has no target or the deadline falls outside the calendar. */
export function deadlineOf(job: Pick<Job, 'raised_at' | 'priority'>, policy: SlaPolicy): string | null {
  const policyKey = JSON.stringify(policy);
  let byJob = cache.get(policyKey);
  if (!byJob) {
    if (cache.size >= MAX_POLICIES) cache.clear();
    cache.set(policyKey, (byJob = new Map()));
  }
  const key = `${job.raised_at}|${job.priority}`;
  let d = byJob.get(key);
  if (d === undefined) {
    try {
      d = slaDeadline(job.raised_at, job.priority, policy);
    } catch {
      d = null;
    }
    byJob.set(key, d);
  }
  return d;
}
