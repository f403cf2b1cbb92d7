// deviations/*: thin handlers over electron/backend/governance/deviation-*.ts.
import { checkReportRange } from '../../actuals/report';
import { deviationLog } from '../../governance/deviation-log';
import { makeAssumption, saveReview, weeklyReview } from '../../governance/deviation-review';
import type { HandlerGroup } from '../types';

type DeviationsApi = 'deviations/list' | 'deviations/get-review' | 'deviations/save-review' | 'deviations/make-assumption';

export const deviationsHandlers: HandlerGroup<DeviationsApi> = {
  'deviations/list': ({ from, to }, { store }) => deviationLog(store, from, to),
  'deviations/get-review': ({ from, to }, { store }) => weeklyReview(store, from, to),
  'deviations/save-review': (input, { store }) => {
    checkReportRange(input.from, input.to);
    return saveReview(store, input);
  },
  'deviations/make-assumption': (input, { store }) => {
    checkReportRange(input.from, input.to);
    return makeAssumption(store, input);
  },
};
