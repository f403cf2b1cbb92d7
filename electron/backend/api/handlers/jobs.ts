import { ApiError } from '../../../../shared/api/errors';
import type { HandlerGroup } from '../types';
import { jobView, listJobViews } from '../../jobs/views';

export const jobHandlers: HandlerGroup<'jobs/list' | 'jobs/get'> = {
  'jobs/list': ({ status }, { store }) => listJobViews(store, status),
  'jobs/get': ({ ref }, { store }) => {
    const job = jobView(store, ref);
    if (!job) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
    return job;
  },
};
