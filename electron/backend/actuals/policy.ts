// The workspace's actuals policy (reason codes, SLA clock per outcome, no-access policy,
// address-flag thresholds), kept in settings; editing it is one undoable step.
import { DEFAULT_ACTUALS_POLICY, actualsPolicySchema, type ActualsPolicy } from '../../../shared/actuals';
import type { Store } from '../store/store';

export const ACTUALS_POLICY_KEY = 'actuals_policy';

export function actualsPolicyOf(store: Store): ActualsPolicy {
  const stored = store.read.setting<unknown>(ACTUALS_POLICY_KEY);
  const parsed = stored === undefined ? null : actualsPolicySchema.safeParse(stored);
  return parsed?.success ? parsed.data : DEFAULT_ACTUALS_POLICY;
}

export function setActualsPolicy(store: Store, policy: ActualsPolicy): ActualsPolicy {
  store.history.mutate('Edit the actuals policy', (rec) => rec.put('settings', { key: ACTUALS_POLICY_KEY, value: JSON.stringify(policy) }));
  return policy;
}
