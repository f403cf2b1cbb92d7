import type { HandlerGroup } from '../types';
import { setSlaPolicy, slaPolicyOf } from '../../sla/policy';

export const slaHandlers: HandlerGroup<'sla/get-policy' | 'sla/set-policy'> = {
  'sla/get-policy': (_i, { store }) => slaPolicyOf(store),
  'sla/set-policy': (policy, { store }) => setSlaPolicy(store, policy),
};
