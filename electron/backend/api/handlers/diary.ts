// The diary API: the board's data, rule-checked moves (single and multi), pins, the override
// log and each job's history of moves.
import { ApiError } from '../../../../shared/api/errors';
import type { Store } from '../../store/store';
import type { HandlerGroup } from '../types';
import { dateRange, formatHHMM } from '../../../../shared/calendar/dates';
import { currentUser } from '../../identity';
import { moveJob, moveJobs, validateTarget } from '../../planning/moves';
import { indexOf, overtimeMinOf } from '../../planning/world';
import { toJobView } from './jobs';
import { slaPolicyOf } from './sla-deadlines';
import { boardRoster } from '../../roster/board';
import { listDropouts } from '../../roster/dropouts';
import { onBoard } from '../../editing/retired';
import { logJobChange } from '../../editing/events';

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
  'diary/get-board': ({ from, to }, ctx) => boardFor(ctx.store, from, to),
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
    logJobChange(store, ref, pinned ? 'pinned' : 'unpinned', {}, currentUser(store));
    return { ...entry, pinned };
  },
  'diary/list-overrides': (_i, { store }) =>
    store.db
      .prepare('SELECT id, at, who, job_ref, operative_id, date, rule_id, violation, reason FROM override_log ORDER BY id')
      .all() as never,
  'jobs/get-history': ({ ref }, { store }) => {
    if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
    const rows = store.db.prepare('SELECT id, at, kind, detail, who FROM job_events WHERE job_ref = ? ORDER BY id').all(ref) as {
      id: number;
      at: string;
      kind: string;
      detail: string;
      who: string | null;
    }[];
    return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown }));
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

function boardFor(store: Store, from: string, to: string) {
  checkRange(from, to);
  const dates = dateRange(from, to);
  if (dates.length > 62) throw new ApiError('VALIDATION', `the board shows at most 62 days (asked for ${dates.length})`);
  const policy = slaPolicyOf(store);
  const entries = store.read.diary();
  const byRef = new Map(entries.map((e) => [e.job_ref, e]));
  const absences = store.read.absences();
  const flags = store.read.flags();
  return {
    from,
    to,
    dates,
    operatives: onBoard(store.read.operatives(), entries, from, to).map((o) => ({
      ...o,
      absences: absences.filter((a) => a.operative_id === o.id),
      flags: flags.filter((f) => f.operative_id === o.id),
    })),
    jobs: store.read
      .jobs()
      .filter((j) => j.status === 'open' || j.status === 'in_progress')
      .map((j) => toJobView(j, byRef.get(j.ref), policy)),
    entries,
    overtimeMin: overtimeMinOf(store),
    slaPolicy: policy,
    version: store.version,
    roster: boardRoster(store, dates, entries),
    dropouts: listDropouts(store, { from, to }),
  };
}
