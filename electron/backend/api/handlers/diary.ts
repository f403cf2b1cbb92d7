import { currentUser } from '../../identity';
import { boardData } from '../../planning/board';
import { moveJob, moveJobs } from '../../planning/moves';
import { assignJob, checkPlacement, diaryBetween, pinJob, unassignJob } from '../../planning/requests';
import { listOverrides } from '../../store/journal';
import type { AreaHandlers } from '../types';

export const diaryHandlers: AreaHandlers<'diary'> = {
  'diary/list': ({ from, to }, { store }) => diaryBetween(store, from, to),
  'diary/get-board': ({ from, to }, { store }) => boardData(store, from, to),
  'diary/check-placement': ({ ref, to }, { store }) => checkPlacement(store, ref, to),
  'diary/move-job': (input, { store }) => moveJob(store, input, currentUser(store)),
  'diary/move-jobs': ({ moves, to, override_reason }, { store }) => moveJobs(store, moves, to, override_reason, currentUser(store)),
  'diary/pin-job': ({ ref, pinned }, { store }) => pinJob(store, ref, pinned),
  'diary/list-overrides': (_i, { store }) => listOverrides(store),
  'diary/assign-job': (input, { store }) => assignJob(store, input, currentUser(store)),
  'diary/unassign-job': ({ ref }, { store }) => unassignJob(store, ref, currentUser(store)),
};
