// operatives/*: the list, and adding, editing and retiring one, with its history of edits.
import { requireOperativeHistory } from '../../editing/operative-writes';
import { createOperative, retireOperative, updateOperative } from '../../editing/operative-writes';
import { currentUser } from '../../identity';
import { operativeViews } from '../../roster/people';
import type { AreaHandlers } from '../types';

export const operativesHandlers: AreaHandlers<'operatives'> = {
  'operatives/list': (_i, { store }) => operativeViews(store),
  'operatives/create-operative': ({ fields }, { store }) => createOperative(store, fields, currentUser(store)),
  'operatives/update-operative': ({ id, fields }, { store }) => updateOperative(store, id, fields, currentUser(store)),
  'operatives/retire-operative': ({ id, reason, from }, { store }) => retireOperative(store, id, reason, from, currentUser(store)),
  'operatives/get-history': ({ id }, { store }) => requireOperativeHistory(store, id),
};
