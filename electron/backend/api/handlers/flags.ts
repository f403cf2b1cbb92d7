// flags/*: supervisor flags, and creating, editing and ending one.
import { createFlag, endFlag, updateFlag } from '../../editing/supervisor';
import { currentUser } from '../../identity';
import type { AreaHandlers } from '../types';

export const flagsHandlers: AreaHandlers<'flags'> = {
  'flags/list': (_i, { store }) => store.read.flags(),
  'flags/create-flag': (input, { store }) => createFlag(store, input, currentUser(store)),
  'flags/update-flag': ({ id, ...input }, { store }) => updateFlag(store, id, input, currentUser(store)),
  'flags/end-flag': ({ id, from }, { store }) => endFlag(store, id, from, currentUser(store)),
};
