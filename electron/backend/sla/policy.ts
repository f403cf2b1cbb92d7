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

const NAMED = 10;

/** Refuses a priority listed twice, or dropping one jobs still use; otherwise stores the policy. */
export function setSlaPolicy(store: Store, policy: SlaPolicy): SlaPolicy {
  const seen = new Set<string>();
  for (const c of policy.categories) {
    if (seen.has(c.priority)) throw new ApiError('VALIDATION', `Priority ${c.priority} appears twice in the SLA policy`);
    seen.add(c.priority);
  }
  // A category jobs still use must stay: dropping it orphans them (no deadline, and the app's
  // own jobs.csv export would no longer import).
  const orphans = store.read.jobs().filter((j) => !seen.has(j.priority));
  if (orphans.length > 0) {
    const byPriority = new Map<string, string[]>();
    for (const j of orphans) byPriority.set(j.priority, [...(byPriority.get(j.priority) ?? []), j.ref]);
    const named = [...byPriority].map(
      ([p, refs]) =>
        `${p} (${refs.length} job${refs.length === 1 ? '' : 's'}: ${refs.slice(0, NAMED).join(', ')}${refs.length > NAMED ? ', …' : ''})`,
    );
    throw new ApiError(
      'CONFLICT',
      `The policy drops categories jobs still use: ${named.join('; ')}. Keep them in the policy, or change those jobs' priority first. Nothing was changed.`,
      { orphans: orphans.map((j) => ({ ref: j.ref, priority: j.priority })) },
    );
  }
  store.history.mutate('Change SLA policy', (rec) => rec.put('settings', { key: SLA_POLICY_KEY, value: JSON.stringify(policy) }));
  return policy;
}
