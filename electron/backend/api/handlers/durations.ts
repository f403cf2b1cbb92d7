// durations/*: thin handlers over electron/backend/actuals/durations.ts.
import { ApiError } from '../../../../shared/api/errors';
import { applyDurations, suggestDurations } from '../../actuals/durations';
import { checkReportRange } from '../../actuals/report';
import { standardDurations } from '../../store/actuals/duration-rows';
import type { HandlerGroup } from '../types';

export const durationsHandlers: HandlerGroup<'durations/suggest' | 'durations/apply' | 'durations/list-standard'> = {
  'durations/suggest': ({ from, to }, { store }) => suggestDurations(store, from, to),
  'durations/apply': ({ from, to, only }, { store }) => {
    checkReportRange(from, to);
    if (only && only.length === 0) throw new ApiError('VALIDATION', 'choose at least one trade and type');
    return applyDurations(store, from, to, only);
  },
  'durations/list-standard': (_i, { store }) => standardDurations(store),
};
