// Scenario requests over the manager: compare two named plans, promote one into the live plan.
import { ApiError } from '../../../shared/api/errors';
import type { Store } from '../store/store';
import { comparePlans, type Comparison } from './compare';
import type { ScenarioManager } from './manager';
import { promoteScenario, type PromoteResult } from './promote';

/** `a` and `b` are 'base' (the live plan) or scenario names; give both from and to, or neither. */
export function compareNamed(scenarios: ScenarioManager, a: string, b: string, from?: string, to?: string): Comparison {
  if ((from === undefined) !== (to === undefined)) throw new ApiError('VALIDATION', 'give both from and to, or neither');
  if (from && to && from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
  return comparePlans(scenarios.store(a), scenarios.store(b), from && to ? { from, to } : undefined);
}

/** Promotes a scenario into the live plan (one undoable step there) and marks it promoted. */
export function promoteNamed(base: Store, scenarios: ScenarioManager, name: string, note: string, confirm: boolean): PromoteResult {
  const scenario = scenarios.store(name);
  if (scenario === base) throw new ApiError('VALIDATION', 'the live plan cannot be promoted into itself');
  const result = promoteScenario(base, scenario, name, note, confirm);
  scenarios.markPromoted(name);
  return result;
}
