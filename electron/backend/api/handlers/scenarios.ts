// What-if scenarios: always managed from the live plan, whatever scope the call carries.
import { ApiError } from '../../../../shared/api/errors';
import { comparePlans } from '../../scenarios/compare';
import { promoteScenario } from '../../scenarios/promote';
import type { HandlerGroup } from '../types';

export const scenarioHandlers: HandlerGroup<
  'scenario/list' | 'scenario/create' | 'scenario/compare' | 'scenario/promote' | 'scenario/drop'
> = {
  'scenario/list': (_i, { scenarios }) => scenarios.list(),
  'scenario/create': ({ name, from, note }, { scenarios }) => scenarios.create(name, from ?? null, note ?? ''),
  'scenario/compare': ({ a, b, from, to }, { scenarios }) => {
    if ((from === undefined) !== (to === undefined)) throw new ApiError('VALIDATION', 'give both from and to, or neither');
    if (from && to && from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
    return comparePlans(scenarios.store(a), scenarios.store(b), from && to ? { from, to } : undefined);
  },
  'scenario/promote': ({ name, note, confirm }, { scenarios, base }) => {
    const scenario = scenarios.store(name);
    if (scenario === base) throw new ApiError('VALIDATION', 'the live plan cannot be promoted into itself');
    const result = promoteScenario(base, scenario, name, note ?? '', confirm ?? false);
    scenarios.markPromoted(name);
    return result;
  },
  'scenario/drop': ({ name }, { scenarios }) => {
    scenarios.drop(name);
    return { name };
  },
};
