// FURTHER_WORK creates a linked follow-on job: the follow-on trade and minutes, the original's
// address, priority, window and owner, and a finish-to-start link to the original. Its SLA clock
// continues (raised when the original was) or restarts at the visit, by policy. A correction
// that changes the visit updates the follow-on while nothing has been done on it, or cancels it.
import type { ActualsPolicy, StoredActual } from '../../../shared/actuals';
import type { ChangeRecorder } from '../store/change-recorder';
import { followOnOfVisit, followOnsOf } from '../store/actuals/actual-rows';
import { jobExists, jobOf } from '../store/actuals/job-rows';
import { jobToRow } from '../store/rows';
import type { Store } from '../store/store';

export interface FollowOnChange {
  ref: string;
  origin: string;
  kind: 'created' | 'updated' | 'cancelled';
}

const MAX_REF = 64;

/** Brings the follow-on of this visit (job and day) in line with its current row. */
export function reconcileFollowOn(
  store: Store,
  rec: ChangeRecorder,
  visit: StoredActual,
  hasVisits: (ref: string) => boolean,
  policy: ActualsPolicy,
): FollowOnChange | null {
  const link = followOnOfVisit(store, visit.ref, visit.date);
  if (visit.outcome !== 'FURTHER_WORK') {
    if (!link) return null;
    const f = jobOf(store, link.follow_on_ref);
    if (!f || f.status === 'cancelled' || hasVisits(f.ref)) return null;
    rec.put('jobs', { ref: f.ref, status: 'cancelled' });
    rec.delete('diary_entries', { job_ref: f.ref });
    return { ref: f.ref, origin: visit.ref, kind: 'cancelled' };
  }
  const origin = jobOf(store, visit.ref);
  if (!origin) return null;
  const raised_at =
    policy.sla_clock.FURTHER_WORK === 'restart' ? `${visit.date}T${visit.left ?? visit.arrived ?? '00:00'}` : origin.raised_at;
  const sameTrade = visit.follow_on_trade === origin.trade;
  const shape = {
    trade: visit.follow_on_trade!,
    duration_min: visit.follow_on_minutes!,
    raised_at,
    min_proficiency: sameTrade ? origin.min_proficiency : 1,
    competences: JSON.stringify(sameTrade ? origin.competences : []),
  };
  if (link) {
    const f = jobOf(store, link.follow_on_ref);
    if (!f || hasVisits(f.ref)) return null; // work has started on it: it stands as it is
    const changed = rec.put('jobs', { ref: f.ref, ...shape, status: 'open' });
    return changed ? { ref: f.ref, origin: visit.ref, kind: 'updated' } : null;
  }
  const ref = freeRef(store, visit.ref);
  const notes = `Follow-on from ${visit.ref} (FURTHER_WORK on ${visit.date}${visit.reason ? `, ${visit.reason}` : ''})${visit.notes ? `: ${visit.notes}` : ''}`;
  rec.put('jobs', {
    ...jobToRow({ ...origin, ref, status: 'open', notes: notes.slice(0, 5000) }),
    ...shape,
  });
  rec.put('dependencies', { pred_ref: visit.ref, succ_ref: ref, lag_min: 0 });
  rec.put('follow_on_jobs', { follow_on_ref: ref, origin_ref: visit.ref, origin_date: visit.date });
  return { ref, origin: visit.ref, kind: 'created' };
}

/** `J-1-F1`, `J-1-F2`, …: the next ref not taken (the original's ref shortened if it must be). */
function freeRef(store: Store, origin: string): string {
  let n = followOnsOf(store, origin).length + 1;
  for (;;) {
    const suffix = `-F${n}`;
    const ref = `${origin.slice(0, MAX_REF - suffix.length)}${suffix}`;
    if (!jobExists(store, ref)) return ref;
    n++;
  }
}
