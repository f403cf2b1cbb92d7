import { explainJob } from '../../scheduling/why';
import { acceptRun, cancelRun, getRun, rejectRun, runView, startRun } from '../../scheduling/runs';
import type { AreaHandlers } from '../types';

export const scheduleHandlers: AreaHandlers<'schedule'> = {
  'schedule/start-run': (input, { store }) => runView(startRun(store, input)),
  'schedule/get-run': ({ id }, { store }) => runView(getRun(store, id)),
  'schedule/cancel-run': ({ id }, { store }) => runView(cancelRun(store, id)),
  'schedule/accept-run': ({ id }, { store }) => runView(acceptRun(store, id)),
  'schedule/reject-run': ({ id }, { store }) => runView(rejectRun(store, id)),
  'schedule/explain-job': ({ ref }, { store }) => explainJob(store, ref),
};
