import { ApiError } from '../../../../shared/api/errors';
import { archiveJob, updateOwnership, updateScores } from '../../plan/job-edits';
import { jobView, listJobViews } from '../../jobs/views';
import { jobEvents } from '../../store/journal';
import type { AreaHandlers } from '../types';

export const jobsHandlers: AreaHandlers<'jobs'> = {
  'jobs/list': ({ status }, { store }) => listJobViews(store, status),
  'jobs/get': ({ ref }, { store }) => {
    const job = jobView(store, ref);
    if (!job) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
    return job;
  },
  'jobs/get-history': ({ ref }, { store }) => {
    if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
    return jobEvents(store, ref);
  },
  'jobs/update-scores': ({ ref, impact, effort }, { store }) => updateScores(store, ref, impact, effort),
  'jobs/update-ownership': ({ ref, owner, done_when }, { store }) => updateOwnership(store, ref, owner, done_when),
  'jobs/archive-job': ({ ref, reason }, { store }) => archiveJob(store, ref, reason),
};
