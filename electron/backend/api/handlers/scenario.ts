// Scenarios are always managed from the live plan, whatever scope the call carries.
import { compareNamed, promoteNamed } from '../../scenarios/requests';
import type { AreaHandlers } from '../types';

export const scenarioHandlers: AreaHandlers<'scenario'> = {
  'scenario/list': (_i, { scenarios }) => scenarios.list(),
  'scenario/create': ({ name, from, note }, { scenarios }) => scenarios.create(name, from ?? null, note ?? ''),
  'scenario/compare': ({ a, b, from, to }, { scenarios }) => compareNamed(scenarios, a, b, from, to),
  'scenario/promote': ({ name, note, confirm }, { scenarios, base }) => promoteNamed(base, scenarios, name, note ?? '', confirm ?? false),
  'scenario/drop': ({ name }, { scenarios }) => {
    scenarios.drop(name);
    return { name };
  },
};
