// The rebooking queue: every job whose latest visit failed (NO_ACCESS, ABORTIVE), and every
// follow-on job not yet visited, with its deadline by policy, attempts and owner — sorted by
// deadline. Derived from the visits now current, so corrections and undo keep it true.
import { ApiError } from '../../../shared/api/errors';
import { byDeadline, cancelForNoAccess, rebookingItemFor, type RebookingItem } from '../../../shared/actuals';
import { slaPolicyOf } from '../api/handlers/sla-deadlines';
import { diaryDaysOf, followOnLinks, refsWithOutcome, visitRecordsOf } from '../store/actuals/actual-rows';
import { jobFactsFor } from '../store/actuals/job-rows';
import type { Store } from '../store/store';
import { actualsPolicyOf } from './policy';

export function rebookingQueue(store: Store, only?: ReadonlySet<string>): RebookingItem[] {
  const policy = actualsPolicyOf(store);
  const sla = slaPolicyOf(store);
  const links = followOnLinks(store);
  const candidates = new Set<string>([...refsWithOutcome(store, ['NO_ACCESS', 'ABORTIVE']), ...links.keys()]);
  const refs = only ? [...candidates].filter((r) => only.has(r)) : [...candidates];
  if (refs.length === 0) return [];
  const histories = visitRecordsOf(store, refs);
  const jobs = jobFactsFor(store, refs);
  const placed = diaryDaysOf(store, refs);
  const items: RebookingItem[] = [];
  for (const ref of refs) {
    const job = jobs.get(ref);
    if (!job) continue;
    const link = links.get(ref);
    const item = rebookingItemFor({
      job,
      visits: histories.get(ref) ?? [],
      followOnOf: link ? { origin_ref: link.origin_ref, origin_date: link.origin_date } : null,
      placement: placed.get(ref) ?? null,
      policy,
      sla,
    });
    if (item) items.push(item);
  }
  return items.sort(byDeadline);
}

/** Deadlines of open rebookings: what the auto-scheduler plans them by. */
export function rebookingDeadlines(store: Store): Map<string, string | null> {
  return new Map(rebookingQueue(store).map((i) => [i.ref, i.deadline]));
}

const MIN_NOTE = 3;

/** The supervisor's decision after repeated no access: cancel the job, if the no-access policy allows. */
export function cancelForNoAccessJob(store: Store, ref: string, note: string): RebookingItem {
  const item = rebookingQueue(store, new Set([ref]))[0];
  if (!item) throw new ApiError('NOT_FOUND', `${ref} is not waiting to be rebooked`);
  const decision = cancelForNoAccess(item, actualsPolicyOf(store));
  if (!decision.ok) throw new ApiError('RULE_VIOLATION', decision.message);
  const text = note.trim();
  if (text.length < MIN_NOTE)
    throw new ApiError('VALIDATION', `Say why ${ref} is cancelled for no access (at least ${MIN_NOTE} characters)`);
  store.history.mutate(`Cancel ${ref} for no access`, (rec) => {
    rec.put('jobs', { ref, status: 'cancelled' });
    rec.delete('diary_entries', { job_ref: ref });
  });
  store.logJobEvent(ref, 'cancelled_for_no_access', { reason: text, attempts: item.no_access_attempts });
  return item;
}
