import { slaRisk } from '../../charts/sla-risk';
import { utilisation } from '../../charts/utilisation';
import type { AreaHandlers } from '../types';

export const chartsHandlers: AreaHandlers<'charts'> = {
  'charts/get-utilisation': ({ from, to }, { store }) => utilisation(store, from, to),
  'charts/get-sla-risk': (_i, { store }) => slaRisk(store),
};
