// The next id for an AUTOINCREMENT table written through ChangeRecorder.put: past both the
// highest id in use and the highest ever handed out, so an undone row's id is never reused
// (acknowledgement keys like `slip:<baseline id>:...` must not come back to a new row).
import type { Store } from './store';

export function nextId(store: Store, table: 'review_triggers' | 'baselines'): number {
  const used = (store.db.prepare(`SELECT COALESCE(MAX(id), 0) AS n FROM ${table}`).get() as { n: number }).n;
  const seq = store.db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(table) as { seq: number } | undefined;
  return Math.max(used, seq?.seq ?? 0) + 1;
}
