import { ApiError } from '../../../../shared/api/errors';
import type { HandlerGroup } from '../types';
import { SLA_POLICY_KEY, slaPolicyOf } from './sla-deadlines';

const NAMED = 10;

export const slaHandlers: HandlerGroup<'sla/get-policy' | 'sla/set-policy'> = {
  'sla/get-policy': (_i, { store }) => slaPolicyOf(store),
  'sla/set-policy': (policy, { store }) => {
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
  },
};
