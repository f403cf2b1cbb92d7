// Planner edits to a job that planning needs: impact/effort scores (the matrix), owner and
// definition of done, and archiving out of the backlog. Each is one undoable step.
import { ApiError } from '../../../shared/api/errors';
import type { Job } from '../../../shared/domain/types';
import { currentUser } from '../identity';
import type { Store } from '../store/store';

function jobOf(store: Store, ref: string): Job {
  const job = store.read.job(ref);
  if (!job) throw new ApiError('NOT_FOUND', `No job with ref ${ref}; nothing was changed`);
  return job;
}

export function updateScores(store: Store, ref: string, impact: number | undefined, effort: number | undefined) {
  const job = jobOf(store, ref);
  const next = { impact: impact ?? job.impact, effort: effort ?? job.effort };
  store.history.mutate(`Rescore ${ref}: impact ${next.impact}, effort ${next.effort}`, (rec) => rec.put('jobs', { ref, ...next }));
  return { ref, ...next };
}

export function updateOwnership(store: Store, ref: string, owner: string | undefined, doneWhen: string | undefined) {
  const job = jobOf(store, ref);
  const next = { owner: owner ?? job.owner, done_when: doneWhen ?? job.done_when };
  const what = [
    owner !== undefined && owner !== job.owner ? 'owner' : '',
    doneWhen !== undefined && doneWhen !== job.done_when ? 'definition of done' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  store.history.mutate(`Set ${what || 'owner'} of ${ref}`, (rec) => rec.put('jobs', { ref, ...next }));
  return { ref, ...next };
}

export function archiveJob(store: Store, ref: string, reason: string) {
  const job = jobOf(store, ref);
  if (job.status === 'archived') throw new ApiError('CONFLICT', `${ref} is already archived; nothing was changed`);
  const entry = store.read.diaryEntry(ref);
  if (entry)
    throw new ApiError('CONFLICT', `${ref} is in the diary (${entry.date}); unschedule it before archiving it. Nothing was changed`);
  store.history.mutate(`Archive ${ref}`, (rec) => {
    rec.put('jobs', { ref, status: 'archived' });
    rec.put('job_archive', { job_ref: ref, reason, at: store.now(), who: currentUser(store) });
  });
  store.logJobEvent(ref, 'archived', { reason });
  return { ref, status: 'archived' as const, reason };
}
