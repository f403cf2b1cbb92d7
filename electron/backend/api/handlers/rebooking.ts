// rebooking/*: thin handlers over electron/backend/actuals/rebooking.ts.
import { cancelForNoAccessJob, rebookingQueue } from '../../actuals/rebooking';
import type { HandlerGroup } from '../types';

export const rebookingHandlers: HandlerGroup<'rebooking/list' | 'rebooking/cancel-job'> = {
  'rebooking/list': (_i, { store }) => rebookingQueue(store),
  'rebooking/cancel-job': ({ ref, note }, { store }) => cancelForNoAccessJob(store, ref, note),
};
