import { setSlaPolicy, slaPolicyOf } from '../../sla/policy';
import type { AreaHandlers } from '../types';

export const slaHandlers: AreaHandlers<'sla'> = {
  'sla/get-policy': (_i, { store }) => slaPolicyOf(store),
  'sla/set-policy': (policy, { store }) => setSlaPolicy(store, policy),
};
