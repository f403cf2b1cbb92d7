// The "who and when" of app and CLI edits: a job's history (job_events, now with who) and an
// operative's (operative_events). Written inside the edit's transaction, so a refused edit
// leaves no event; kept outside undo on purpose (history of what happened stays).
import type { Store } from '../store/store';

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
