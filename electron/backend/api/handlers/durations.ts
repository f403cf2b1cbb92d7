// durations/*: thin handlers over electron/backend/actuals/durations.ts.
import { suggestDurations } from '../../actuals/durations';
import { applyDurationsOver } from '../../actuals/requests';
import { standardDurations } from '../../store/actuals/duration-rows';
import type { AreaHandlers } from '../types';

export const durationsHandlers: AreaHandlers<'durations'> = {
  'durations/suggest': ({ from, to }, { store }) => suggestDurations(store, from, to),
  'durations/apply': ({ from, to, only }, { store }) => applyDurationsOver(store, from, to, only),
  'durations/list-standard': (_i, { store }) => standardDurations(store),
};
