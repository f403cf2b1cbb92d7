// Auto-schedule: start a run in a worker, poll it, cancel, accept (one undoable step) or reject.
import { explainJob } from '../../scheduling/why';
import { acceptRun, cancelRun, getRun, rejectRun, runView, startRun } from '../../scheduling/runs';
import type { HandlerGroup } from '../types';

type ScheduleApi =
  | 'schedule/start-run'
  | 'schedule/get-run'
  | 'schedule/cancel-run'
  | 'schedule/accept-run'
  | 'schedule/reject-run'
  | 'schedule/explain-job';

export const scheduleHandlers: HandlerGroup<ScheduleApi> = {
  'schedule/start-run': (input, { store }) => runView(startRun(store, input)),
  'schedule/get-run': ({ id }, { store }) => runView(getRun(store, id)),
  'schedule/cancel-run': ({ id }, { store }) => runView(cancelRun(store, id)),
  'schedule/accept-run': ({ id }, { store }) => runView(acceptRun(store, id)),
  'schedule/reject-run': ({ id }, { store }) => runView(rejectRun(store, id)),
  'schedule/explain-job': ({ ref }, { store }) => explainJob(store, ref),
};
