// Locks on published visits (issue 15): a time lock keeps the day and start (an appointment
// confirmed with the tenant), an operative lock keeps the operative, both keep both. Drags, the
// CLI and suggestions go through moveWithin, which asks here; the auto-scheduler treats a locked
// visit as pinned. Only a signed-off change request moves a locked visit. Unlocking is a recorded
// decision (a change_requests row, source "unlock").
import { ApiError } from '../../../shared/api/errors';
import type { Lock } from '../../../shared/governance/change-policy';
import type { DiaryEntry } from '../../../shared/domain/types';
import { lockOf, listLocks, type LockRow } from '../store/governance/change-rows';
import type { Store } from '../store/store';
import { currentUser } from '../identity';
import { acting } from './requester';

const LOCK_WORDS: Record<LockRow['lock'], string> = {
  time: 'time-locked',
  operative: 'operative-locked',
  both: 'time- and operative-locked',
};

/** Throws CONFLICT when moving `before` to `to` (null: to the tray) would break its lock. */
export function assertLockAllows(
  store: Store,
  ref: string,
  before: DiaryEntry | null,
  to: { operative_id: string; date: string } | null,
  start: string | null | undefined,
): void {
  const lock = lockOf(store, ref);
  if (!lock || !before) return;
  const time = lock.lock !== 'operative';
  const operative = lock.lock !== 'time';
  const broken =
    to === null ||
    (time && (to.date !== before.date || (start !== undefined && start !== before.start))) ||
    (operative && to.operative_id !== before.operative_id);
  if (broken)
    throw new ApiError(
      'CONFLICT',
      `${ref} is ${LOCK_WORDS[lock.lock]} (${lock.reason}): request the change for the planner's sign-off, or unlock it first; nothing was changed`,
      { lock: lock.lock },
    );
}

export function lockedRefs(store: Store): Map<string, LockRow['lock']> {
  return new Map(listLocks(store).map((l) => [l.job_ref, l.lock]));
}

export function setLock(store: Store, ref: string, lock: Lock, reason: string): { ref: string; lock: Lock } {
  const job = store.read.job(ref);
  if (!job) throw new ApiError('NOT_FOUND', `No job with ref ${ref}; nothing was changed`);
  const entry = store.read.diaryEntry(ref);
  if (lock !== 'none' && !entry) throw new ApiError('CONFLICT', `${ref} is not in the diary: only a planned visit can be locked`);
  const before = lockOf(store, ref);
  if ((before?.lock ?? 'none') === lock) return { ref, lock };
  const who = currentUser(store);
  const now = store.now();
  const label = lock === 'none' ? `Unlock ${ref}: ${reason}` : `Lock ${ref} (${lock}): ${reason}`;
  store.history.mutate(label, (rec) => {
    if (lock === 'none') {
      rec.delete('visit_locks', { job_ref: ref });
      const me = acting(store);
      rec.insertWithId('change_requests', {
        ref,
        kind: 'unlock',
        from_operative: entry?.operative_id ?? null,
        from_date: entry?.date ?? null,
        requested_by: me.name,
        role: me.role,
        reason,
        source: 'unlock',
        requested_at: now,
        state: 'applied',
        policy: `unlocked (was ${before!.lock}-locked)`,
        decided_by: who,
        decided_at: now,
      });
    } else rec.put('visit_locks', { job_ref: ref, lock, reason, set_by: who, set_at: now });
  });
  return { ref, lock };
}
