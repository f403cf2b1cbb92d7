import { acknowledgeTrigger, triggerList } from '../../review/triggers';
import type { AreaHandlers } from '../types';

export const reviewHandlers: AreaHandlers<'review'> = {
  'review/list-triggers': ({ include_acknowledged }, { store }) => triggerList(store, include_acknowledged ?? true),
  'review/acknowledge-trigger': ({ key, note }, { store }) => acknowledgeTrigger(store, key, note),
};
