// SQL for change requests, visit locks and the stored change policy (issue 15).
import { completePolicy, type ChangeRule, type Lock } from '../../../../shared/governance/change-policy';
import { stmt } from '../actuals/statements';
import type { Store } from '../store';

export const CHANGE_POLICY_KEY = 'change_policy';

export interface ChangeRequestRow {
  id: number;
  ref: string;
  kind: string;
  from_operative: string | null;
  to_operative: string | null;
  from_date: string | null;
  to_date: string | null;
  to_priority: string | null;
  from_priority: string | null;
  requested_by: string;
  role: string;
  reason: string;
  source: 'app' | 'csv' | 'unlock';
  requested_at: string;
  state: 'applied' | 'pending' | 'approved' | 'rejected';
  policy: string;
  decided_by: string | null;
  decided_at: string | null;
  answer: string | null;
  /** A resequence's position asked for in the day (0 = first). */
  to_sequence: number | null;
}

export interface LockRow {
  job_ref: string;
  lock: Exclude<Lock, 'none'>;
  reason: string;
  set_by: string;
  set_at: string;
}

export function listChangeRequests(store: Store, state?: ChangeRequestRow['state']): ChangeRequestRow[] {
  return (
    state
      ? stmt(store, 'SELECT * FROM change_requests WHERE state = ? ORDER BY id').all(state)
      : stmt(store, 'SELECT * FROM change_requests ORDER BY id DESC LIMIT 1000').all()
  ) as ChangeRequestRow[];
}

export function getChangeRequest(store: Store, id: number): ChangeRequestRow | undefined {
  return stmt(store, 'SELECT * FROM change_requests WHERE id = ?').get(id) as ChangeRequestRow | undefined;
}

/** Requests that changed the plan (applied or approved) decided after `since` (ISO instant; null = all). */
export function settledChangesSince(store: Store, since: string | null): ChangeRequestRow[] {
  return stmt(
    store,
    "SELECT * FROM change_requests WHERE state IN ('applied', 'approved') AND source != 'unlock' AND (? IS NULL OR COALESCE(decided_at, requested_at) > ?) ORDER BY id",
  ).all(since, since) as ChangeRequestRow[];
}

/** Every request and decision in a date range of the visits they concern (for the deviation log). */
export function changeRequestsBetween(store: Store, from: string, to: string): ChangeRequestRow[] {
  return stmt(
    store,
    `SELECT * FROM change_requests WHERE COALESCE(from_date, to_date, substr(requested_at, 1, 10)) BETWEEN ? AND ?
        OR COALESCE(to_date, from_date, substr(requested_at, 1, 10)) BETWEEN ? AND ? ORDER BY id`,
  ).all(from, to, from, to) as ChangeRequestRow[];
}

export function lockOf(store: Store, ref: string): LockRow | undefined {
  return stmt(store, 'SELECT * FROM visit_locks WHERE job_ref = ?').get(ref) as LockRow | undefined;
}

export function listLocks(store: Store): LockRow[] {
  return stmt(store, 'SELECT * FROM visit_locks ORDER BY job_ref').all() as LockRow[];
}

export function changePolicy(store: Store): ChangeRule[] {
  return completePolicy(store.read.setting<ChangeRule[]>(CHANGE_POLICY_KEY));
}

export interface ReviewRow {
  key: string;
  state: 'open' | 'reviewed' | 'assumption';
  note: string | null;
  assumption: string | null;
  reviewed_by: string;
  reviewed_at: string;
}

export function deviationReviews(store: Store): Map<string, ReviewRow> {
  return new Map((stmt(store, 'SELECT * FROM deviation_reviews').all() as ReviewRow[]).map((r) => [r.key, r]));
}
