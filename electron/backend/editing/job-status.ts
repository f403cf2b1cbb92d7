// Job status with a reason: cancel, put on hold (e.g. awaiting materials), reopen. Cancelling or
// holding a placed job frees its slot in the same undoable step; the jobs that depend on it and
// are placed are reported as now blocked (their predecessor is no longer in the diary).
import { ApiError } from '../../../shared/api/errors';
import type { JobView } from '../../../shared/api/views';
import type { JobStatus } from '../../../shared/domain/types';
import { resequence } from '../planning/placement';
import type { Store } from '../store/store';
import { mutateReportingBlocked, type BlockedPlacement } from './blocked';
import { logJobChange } from './events';
import { jobView } from './job-writes';

export const STATUS_ACTIONS = ['cancel', 'hold', 'reopen'] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

const ACTIONS: Record<StatusAction, { to: JobStatus; from: readonly JobStatus[]; label: string; event: string; words: string }> = {
  cancel: { to: 'cancelled', from: ['open', 'in_progress', 'on_hold'], label: 'Cancel', event: 'cancelled', words: 'cancelled' },
  hold: { to: 'on_hold', from: ['open', 'in_progress'], label: 'Put on hold', event: 'put-on-hold', words: 'put on hold' },
  reopen: { to: 'open', from: ['cancelled', 'on_hold', 'done'], label: 'Reopen', event: 'reopened', words: 'reopened' },
};

const words = (s: JobStatus) => s.replace('_', ' ');

export function changeJobStatus(
  store: Store,
  ref: string,
  action: StatusAction,
  reason: string,
  who: string,
): { job: JobView; removed: { operative_id: string; date: string } | null; blocked: BlockedPlacement[] } {
  const a = ACTIONS[action];
  const job = store.read.job(ref);
  if (!job) throw new ApiError('NOT_FOUND', `No job with ref ${ref}; nothing was changed`);
  if (!a.from.includes(job.status)) {
    throw new ApiError(
      'CONFLICT',
      `${ref} is ${words(job.status)}, so it cannot be ${a.words} (only a job that is ${a.from.map(words).join(', ')} can); nothing was changed`,
    );
  }
  const entry = a.to === 'open' ? undefined : store.read.diaryEntry(ref);
  const short = reason.length > 60 ? `${reason.slice(0, 57)}…` : reason;
  const { blocked } = mutateReportingBlocked(store, `${a.label} ${ref}: ${short}`, 'all', who, { refs: [ref] }, (rec) => {
    if (entry) {
      rec.delete('diary_entries', { job_ref: ref });
      resequence(store, rec, entry.operative_id, entry.date);
    }
    rec.put('jobs', { ref, status: a.to });
    logJobChange(
      store,
      ref,
      a.event,
      { reason, from: job.status, to: a.to, ...(entry ? { removed_from: { operative_id: entry.operative_id, date: entry.date } } : {}) },
      who,
    );
  });
  return { job: jobView(store, ref), removed: entry ? { operative_id: entry.operative_id, date: entry.date } : null, blocked };
}
