// jobs/*: the list and one job, a job's history, the planner's edits (scores, ownership,
// archive) and editing the day in place (new repair, edit, cancel / hold / reopen).
import { checkJobDraft } from '../../editing/job-draft';
import { changeJobStatus } from '../../editing/job-status';
import { createJob, updateJob } from '../../editing/job-writes';
import { currentUser } from '../../identity';
import { jobHistory, listJobViews, requireJobView } from '../../jobs/views';
import { archiveJob, updateOwnership, updateScores } from '../../plan/job-edits';
import type { AreaHandlers } from '../types';

export const jobsHandlers: AreaHandlers<'jobs'> = {
  'jobs/list': ({ status }, { store }) => listJobViews(store, status),
  'jobs/get': ({ ref }, { store }) => requireJobView(store, ref),
  'jobs/get-history': ({ ref }, { store }) => jobHistory(store, ref),
  'jobs/update-scores': ({ ref, impact, effort }, { store }) => updateScores(store, ref, impact, effort),
  'jobs/update-ownership': ({ ref, owner, done_when }, { store }) => updateOwnership(store, ref, owner, done_when),
  'jobs/archive-job': ({ ref, reason }, { store }) => archiveJob(store, ref, reason),
  'jobs/check-draft': ({ fields, ref }, { store }) => checkJobDraft(store, fields, ref),
  'jobs/create-job': ({ fields }, { store }) => createJob(store, fields, currentUser(store)),
  'jobs/update-job': ({ ref, fields }, { store }) => updateJob(store, ref, fields, currentUser(store)),
  'jobs/cancel-job': ({ ref, reason }, { store }) => changeJobStatus(store, ref, 'cancel', reason, currentUser(store)),
  'jobs/hold-job': ({ ref, reason }, { store }) => changeJobStatus(store, ref, 'hold', reason, currentUser(store)),
  'jobs/reopen-job': ({ ref, reason }, { store }) => changeJobStatus(store, ref, 'reopen', reason, currentUser(store)),
};
