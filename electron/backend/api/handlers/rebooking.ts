// rebooking/*: thin handlers over electron/backend/actuals/rebooking.ts.
import { cancelForNoAccessJob, rebookingQueue } from '../../actuals/rebooking';
import type { AreaHandlers } from '../types';

export const rebookingHandlers: AreaHandlers<'rebooking'> = {
  'rebooking/list': (_i, { store }) => rebookingQueue(store),
  'rebooking/cancel-job': ({ ref, note }, { store }) => cancelForNoAccessJob(store, ref, note),
};
