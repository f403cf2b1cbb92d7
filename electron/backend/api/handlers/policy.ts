// policy/*: thin handlers over electron/backend/governance/change-policy.ts.
import { setChangeRule } from '../../governance/change-policy';
import { changePolicy } from '../../store/governance/change-rows';
import type { HandlerGroup } from '../types';

export const policyHandlers: HandlerGroup<'policy/get-change-policy' | 'policy/set-change-rule'> = {
  'policy/get-change-policy': (_i, { store }) => changePolicy(store),
  'policy/set-change-rule': (rule, { store }) => setChangeRule(store, rule),
};
