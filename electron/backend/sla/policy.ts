// The workspace's SLA policy (a setting; the defaults until one is saved) and changing it as one
// undoable step.
import { ApiError } from '../../../shared/api/errors';
import { DEFAULT_SLA_POLICY } from '../../../shared/domain/schemas';
import type { SlaPolicy } from '../../../shared/domain/types';
import type { Store } from '../store/store';

export const SLA_POLICY_KEY = 'sla_policy';

export function slaPolicyOf(store: Store): SlaPolicy {
  return store.read.setting<SlaPolicy>(SLA_POLICY_KEY) ?? DEFAULT_SLA_POLICY;
}

/** Refuses a priority listed twice; otherwise stores the policy. */
export function setSlaPolicy(store: Store, policy: SlaPolicy): SlaPolicy {
  const seen = new Set<string>();
  for (const c of policy.categories) {
    if (seen.has(c.priority)) throw new ApiError('VALIDATION', `Priority ${c.priority} appears twice in the SLA policy`);
    seen.add(c.priority);
  }
  store.history.mutate('Change SLA policy', (rec) => rec.put('settings', { key: SLA_POLICY_KEY, value: JSON.stringify(policy) }));
  return policy;
}
