// Records review triggers at the moment they arise, inside the caller's mutation (so undoing
// the import or edit that raised one removes it too): a scope change on a job already in the
// diary, and a new absence over days where the operative has jobs placed.
import { formatLongDate } from '../../../shared/calendar/dates';
import type { Absence, Job } from '../../../shared/domain/types';
import { placedDuring, scopeChanges } from '../../../shared/review';
import type { ChangeRecorder } from '../store/change-recorder';
import { nextId } from '../store/next-id';
import type { Store } from '../store/store';
import { describeEntry, operativeName } from '../planning/describe';

/** Call before writing `after` over the stored job. */
export function recordScopeChange(store: Store, rec: ChangeRecorder, before: Job | undefined, after: Job): void {
  if (!before) return;
  const entry = store.read.diaryEntry(before.ref);
  if (!entry) return;
  const changes = scopeChanges(before, after);
  if (changes.length === 0) return;
  rec.put('review_triggers', {
    id: nextId(store, 'review_triggers'),
    kind: 'scope',
    job_refs: JSON.stringify([before.ref]),
    operative_id: entry.operative_id,
    message: `${before.ref} changed while placed with ${describeEntry(store, entry)}: ${changes.join('; ')}`,
    raised_at: store.now(),
  });
}

/** Call for an absence that is new (not a re-import of the same dates). */
export function recordAbsenceConflicts(
  store: Store,
  rec: ChangeRecorder,
  absence: Pick<Absence, 'operative_id' | 'from' | 'to' | 'reason'>,
): void {
  const hits = placedDuring(absence, store.read.diary(absence.from, absence.to));
  if (hits.length === 0) return;
  const refs = hits.map((e) => e.job_ref);
  const span =
    absence.from === absence.to ? `on ${formatLongDate(absence.from)}` : `${formatLongDate(absence.from)} to ${formatLongDate(absence.to)}`;
  rec.put('review_triggers', {
    id: nextId(store, 'review_triggers'),
    kind: 'absence',
    job_refs: JSON.stringify(refs),
    operative_id: absence.operative_id,
    message: `${operativeName(store, absence.operative_id)} is now absent ${span}${absence.reason ? ` (${absence.reason})` : ''} with ${refs.length} job${refs.length === 1 ? '' : 's'} placed then: ${refs.join(', ')}`,
    raised_at: store.now(),
  });
}
