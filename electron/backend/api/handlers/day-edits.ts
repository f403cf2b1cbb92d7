// Editing the day in place: jobs, operatives, supervisor flags, absences, and what to do with
// placements an edit blocks. The work lives in electron/backend/editing/; these map the contract
// onto it, with who from the identity helper.
import { currentUser } from '../../identity';
import { operativeHistory } from '../../editing/events';
import { readJobDraft } from '../../editing/job-draft';
import { changeJobStatus } from '../../editing/job-status';
import { createJob, updateJob } from '../../editing/job-writes';
import { createOperative, retireOperative, updateOperative } from '../../editing/operative-writes';
import { replanJobs, sendBackToTray } from '../../editing/replan';
import { serviceAreaOf, setServiceArea } from '../../editing/service-area';
import { createFlag, endAbsence, endFlag, updateFlag } from '../../editing/supervisor';
import { runView } from '../../scheduling/runs';
import { ApiError } from '../../../../shared/api/errors';
import type { HandlerGroup } from '../types';

type DayEditsApi =
  | 'jobs/check-draft'
  | 'jobs/create-job'
  | 'jobs/update-job'
  | 'jobs/cancel-job'
  | 'jobs/hold-job'
  | 'jobs/reopen-job'
  | 'operatives/create-operative'
  | 'operatives/update-operative'
  | 'operatives/retire-operative'
  | 'operatives/get-history'
  | 'flags/create-flag'
  | 'flags/update-flag'
  | 'flags/end-flag'
  | 'absences/end-absence'
  | 'diary/return-to-tray'
  | 'diary/replan-jobs'
  | 'workspace/get-service-area'
  | 'workspace/set-service-area';

export const dayEditsHandlers: HandlerGroup<DayEditsApi> = {
  'jobs/check-draft': ({ fields, ref }, { store }) => {
    const base = ref === undefined ? null : store.read.job(ref);
    if (base === undefined) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
    const d = readJobDraft(store, fields, base);
    return { ok: d.errors.length === 0, ref: d.record.ref, sla_deadline: d.sla_deadline, errors: d.errors };
  },
  'jobs/create-job': ({ fields }, { store }) => createJob(store, fields, currentUser(store)),
  'jobs/update-job': ({ ref, fields }, { store }) => updateJob(store, ref, fields, currentUser(store)),
  'jobs/cancel-job': ({ ref, reason }, { store }) => changeJobStatus(store, ref, 'cancel', reason, currentUser(store)),
  'jobs/hold-job': ({ ref, reason }, { store }) => changeJobStatus(store, ref, 'hold', reason, currentUser(store)),
  'jobs/reopen-job': ({ ref, reason }, { store }) => changeJobStatus(store, ref, 'reopen', reason, currentUser(store)),
  'operatives/create-operative': ({ fields }, { store }) => createOperative(store, fields, currentUser(store)),
  'operatives/update-operative': ({ id, fields }, { store }) => updateOperative(store, id, fields, currentUser(store)),
  'operatives/retire-operative': ({ id, reason, from }, { store }) => retireOperative(store, id, reason, from, currentUser(store)),
  'operatives/get-history': ({ id }, { store }) => {
    if (!store.read.operative(id)) throw new ApiError('NOT_FOUND', `No operative with id ${id}`);
    return operativeHistory(store, id);
  },
  'flags/create-flag': (input, { store }) => createFlag(store, input, currentUser(store)),
  'flags/update-flag': ({ id, ...input }, { store }) => updateFlag(store, id, input, currentUser(store)),
  'flags/end-flag': ({ id, from }, { store }) => endFlag(store, id, from, currentUser(store)),
  'absences/end-absence': ({ id, from }, { store }) => endAbsence(store, id, from, currentUser(store)),
  'diary/return-to-tray': ({ refs }, { store }) => sendBackToTray(store, refs, currentUser(store)),
  'diary/replan-jobs': ({ refs, time_limit_ms }, { store }) => runView(replanJobs(store, refs, time_limit_ms)),
  'workspace/get-service-area': (_i, { store }) => serviceAreaOf(store),
  'workspace/set-service-area': ({ box }, { store }) => setServiceArea(store, box),
};
