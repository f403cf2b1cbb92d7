// Plan review (triggers, acknowledgements, baselines) and the planning charts' data.
import { utilisation } from '../../charts/utilisation';
import { slaRisk } from '../../charts/sla-risk';
import { listBaselines, saveBaseline } from '../../review/baseline';
import { acknowledgeTrigger, listTriggers } from '../../review/triggers';
import type { HandlerGroup } from '../types';

type ReviewApi =
  | 'review/list-triggers'
  | 'review/acknowledge-trigger'
  | 'baseline/save'
  | 'baseline/list'
  | 'charts/get-utilisation'
  | 'charts/get-sla-risk';

export const reviewHandlers: HandlerGroup<ReviewApi> = {
  'review/list-triggers': ({ include_acknowledged }, { store }) => {
    const { reference, triggers } = listTriggers(store, include_acknowledged ?? true);
    return {
      reference: reference && { kind: reference.kind, id: reference.id, label: reference.label, saved_at: reference.saved_at },
      triggers,
    };
  },
  'review/acknowledge-trigger': ({ key, note }, { store }) => acknowledgeTrigger(store, key, note),
  'baseline/save': ({ label }, { store }) => saveBaseline(store, label),
  'baseline/list': (_i, { store }) => listBaselines(store),
  'charts/get-utilisation': ({ from, to }, { store }) => utilisation(store, from, to),
  'charts/get-sla-risk': (_i, { store }) => slaRisk(store),
};
