import type { AreaHandlers } from '../types';

export const flagsHandlers: AreaHandlers<'flags'> = {
  'flags/list': (_i, { store }) => store.read.flags(),
};
