// The diary API: the board's data, rule-checked moves (single and multi), pins, the override
// log and each job's history of moves.
import { ApiError } from '../../../../shared/api/errors';
import type { HandlerGroup } from '../types';
import { formatHHMM } from '../../../../shared/calendar/dates';
import { currentUser } from '../../identity';
import { boardData } from '../../planning/board';
import { moveJob, moveJobs, validateTarget } from '../../planning/moves';
import { indexOf } from '../../planning/world';
import { jobEvents, listOverrides } from '../../store/journal';

type DiaryApi =
  | 'diary/list'
  | 'diary/get-board'
  | 'diary/check-placement'
  | 'diary/move-job'
  | 'diary/move-jobs'
  | 'diary/pin-job'
  | 'diary/list-overrides'
  | 'jobs/get-history'
  | 'diary/assign-job'
  | 'diary/unassign-job';

export const diaryHandlers: HandlerGroup<DiaryApi> = {
  'diary/list': ({ from, to }, { store }) => {
    checkRange(from, to);
    return store.read.diary(from, to);
  },
  'diary/get-board': ({ from, to }, { store }) => boardData(store, from, to),
  'diary/check-placement': ({ ref, to }, { store }) => {
    const job = store.read.job(ref);
    if (!job) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
    validateTarget(store, to);
    const r = indexOf(store).evaluate(job, store.read.operative(to.operative_id)!, to.date, { index: to.index });
    return {
      status: r.status,
      violations: r.violations,
      start: formatHHMM(r.visit.start_min % 1440),
      end: formatHHMM(r.visit.end_min % 1440),
    };
  },
  'diary/move-job': (input, { store }) => moveJob(store, input, currentUser(store)),
  'diary/move-jobs': ({ moves, to, override_reason }, { store }) => moveJobs(store, moves, to, override_reason, currentUser(store)),
  'diary/pin-job': ({ ref, pinned }, { store }) => {
    const entry = store.read.diaryEntry(ref);
    if (!entry) throw new ApiError('NOT_FOUND', `${ref} is not in the diary, so it cannot be pinned`);
    store.history.mutate(`${pinned ? 'Pin' : 'Unpin'} ${ref}`, (rec) => rec.put('diary_entries', { job_ref: ref, pinned: pinned ? 1 : 0 }));
    store.logJobEvent(ref, pinned ? 'pinned' : 'unpinned', {});
    return { ...entry, pinned };
  },
  'diary/list-overrides': (_i, { store }) => listOverrides(store),
  'jobs/get-history': ({ ref }, { store }) => {
    if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
    return jobEvents(store, ref);
  },
  'diary/assign-job': (input, { store }) =>
    moveJob(
      store,
      {
        ref: input.ref,
        to: { operative_id: input.operative_id, date: input.date },
        start: input.start,
        pinned: input.pinned,
        override_reason: input.override_reason,
      },
      currentUser(store),
    ),
  'diary/unassign-job': ({ ref }, { store }) => {
    if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
    if (!store.read.diaryEntry(ref)) throw new ApiError('NOT_FOUND', `Job ${ref} is not in the diary`);
    moveJob(store, { ref, to: null }, currentUser(store));
    return { ref };
  },
};

function checkRange(from: string, to: string): void {
  if (from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
}
