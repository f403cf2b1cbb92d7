// The "who and when" of app and CLI edits: a job's history (job_events, now with who) and an
// operative's (operative_events). Written inside the edit's transaction, so a refused edit
// leaves no event; kept outside undo on purpose (history of what happened stays).
import type { JobStatus } from '../../../shared/domain/types';
import { callerName } from './caller-name';
import type { Store } from './store';

export function logJobChange(store: Store, ref: string, kind: string, detail: unknown, who: string): void {
  store.db
    .prepare('INSERT INTO job_events (job_ref, at, kind, detail, who) VALUES (?, ?, ?, ?, ?)')
    .run(ref, store.now(), kind, JSON.stringify(detail), who);
}

export function logOperativeChange(store: Store, operativeId: string, kind: string, detail: unknown, who: string): void {
  store.db
    .prepare('INSERT INTO operative_events (operative_id, at, who, kind, detail) VALUES (?, ?, ?, ?, ?)')
    .run(operativeId, store.now(), who, kind, JSON.stringify(detail));
}

export interface OperativeEvent {
  id: number;
  at: string;
  who: string;
  kind: string;
  detail: unknown;
}

export function operativeHistory(store: Store, operativeId: string): OperativeEvent[] {
  const rows = store.db
    .prepare('SELECT id, at, who, kind, detail FROM operative_events WHERE operative_id = ? ORDER BY id')
    .all(operativeId) as (Omit<OperativeEvent, 'detail'> & { detail: string })[];
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown }));
}

/**
 * A job event by whoever makes the call in progress (the acting person, else the workspace's
 * user name, else the OS user: identity.ts), for writers that are not handed `who`.
 */
export function logJobEventByCaller(store: Store, ref: string, kind: string, detail: unknown): void {
  logJobChange(store, ref, kind, detail, callerName(store));
}

/** Bulk event writes (an actuals import): the statement prepared once; `who` is the caller's, resolved once. */
export function jobEventWriter(
  store: Store,
  who: string = callerName(store),
): (ref: string, at: string, kind: string, detail: unknown) => void {
  const insert = store.db.prepare('INSERT INTO job_events (job_ref, at, kind, detail, who) VALUES (?, ?, ?, ?, ?)');
  return (ref, at, kind, detail) => void insert.run(ref, at, kind, JSON.stringify(detail), who);
}

/** A status change of a job as its history holds it (cancelled, put on hold, reopened), with the job's status now. */
export interface StatusEvent {
  ref: string;
  kind: string;
  detail: string;
  status: JobStatus;
}

/** The latest status change of every job that had one. */
export function latestStatusEvents(store: Store): StatusEvent[] {
  return store.db
    .prepare(
      `SELECT e.job_ref AS ref, e.kind AS kind, e.detail AS detail, j.status AS status FROM job_events e
       JOIN jobs j ON j.ref = e.job_ref
       WHERE e.id IN (SELECT MAX(id) FROM job_events WHERE kind IN ('cancelled', 'put-on-hold', 'reopened') GROUP BY job_ref)`,
    )
    .all() as StatusEvent[];
}

/** The latest status change of one job, if any. */
export function latestStatusEventOf(store: Store, ref: string): StatusEvent | undefined {
  return store.db
    .prepare(
      `SELECT e.job_ref AS ref, e.kind AS kind, e.detail AS detail, j.status AS status FROM job_events e JOIN jobs j ON j.ref = e.job_ref
       WHERE e.job_ref = ? AND e.kind IN ('cancelled', 'put-on-hold', 'reopened') ORDER BY e.id DESC LIMIT 1`,
    )
    .get(ref) as StatusEvent | undefined;
}
