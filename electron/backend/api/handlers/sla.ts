import { ApiError } from '../../../../shared/api/errors';
import type { HandlerGroup } from '../types';
import { SLA_POLICY_KEY, slaPolicyOf } from './sla-deadlines';

export const slaHandlers: HandlerGroup<'sla/get-policy' | 'sla/set-policy'> = {
  'sla/get-policy': (_i, { store }) => slaPolicyOf(store),
  'sla/set-policy': (policy, { store }) => {
    const seen = new Set<string>();
    for (const c of policy.categories) {
      if (seen.has(c.priority)) throw new ApiError('VALIDATION', `Priority ${c.priority} appears twice in the SLA policy`);
      seen.add(c.priority);
    }
    store.history.mutate('Change SLA policy', (rec) => rec.put('settings', { key: SLA_POLICY_KEY, value: JSON.stringify(policy) }));
    return policy;
  },
};
