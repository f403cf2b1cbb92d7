// Computes each job's SLA deadline under the workspace's policy (shown everywhere the job is).
import { DEFAULT_SLA_POLICY } from '../../../../shared/domain/schemas';
import type { Job, SlaPolicy } from '../../../../shared/domain/types';
import { slaDeadline } from '../../../../shared/sla/deadline';
import type { Store } from '../../store/store';

export const SLA_POLICY_KEY = 'sla_policy';

export function slaPolicyOf(store: Store): SlaPolicy {
  return store.read.setting<SlaPolicy>(SLA_POLICY_KEY) ?? DEFAULT_SLA_POLICY;
}

/** Null when the priority has no target or the deadline falls outside the calendar. */
export function deadlineOf(job: Pick<Job, 'raised_at' | 'priority'>, policy: SlaPolicy): string | null {
  try {
    return slaDeadline(job.raised_at, job.priority, policy);
  } catch {
    return null;
  }
}
