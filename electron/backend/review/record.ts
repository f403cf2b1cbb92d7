// Records review triggers at the moment they arise, inside the caller's mutation (so undoing
// the import or edit that raised one removes it too): a scope change on a job already in the
// diary, a new absence over days where the operative has jobs placed, and placed jobs a roster or
// absence change leaves uncovered (drop-outs).
import { formatLongDate } from '../../../shared/calendar/dates';
import type { Dropout } from '../../../shared/coverage';
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

const REASON_WORDS: Record<Dropout['reason'], string> = {
  absent: 'absent',
  off: 'rostered off',
  'bank-holiday': 'bank holiday',
  'outside-hours': 'outside working hours',
};

/**
 * One 'absence' trigger per operative for drop-outs a roster change newly causes: the review
 * panel lists them as "Operative newly absent" (an operative dropping out of placed work).
 */
export function recordDropouts(store: Store, rec: ChangeRecorder, label: string, dropouts: readonly Dropout[]): void {
  const byOperative = new Map<string, Dropout[]>();
  for (const d of dropouts) byOperative.set(d.operative_id, [...(byOperative.get(d.operative_id) ?? []), d]);
  for (const [operativeId, list] of byOperative) {
    const refs = [...new Set(list.map((d) => d.ref))];
    const why = [...new Set(list.map((d) => REASON_WORDS[d.reason]))].join(', ');
    rec.put('review_triggers', {
      id: nextId(store, 'review_triggers'),
      kind: 'absence',
      job_refs: JSON.stringify(refs),
      operative_id: operativeId,
      message: `${label}: ${refs.length} placed job${refs.length === 1 ? '' : 's'} for ${operativeName(store, operativeId)} no longer covered (${why}): ${refs.join(', ')}`,
      raised_at: store.now(),
    });
  }
}
