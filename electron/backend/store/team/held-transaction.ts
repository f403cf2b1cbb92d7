// One SQLite transaction held open across the awaits of an async step (the caller serialises
// calls on one store): committed when `keep` accepts the step's result and `beforeCommit` (the
// server's own commit) succeeds, rolled back otherwise or on any throw. Cached views of the
// plan are stale either way.
import type { Store } from '../store';

export async function heldTransaction<T>(
  store: Store,
  body: () => Promise<T>,
  keep: (value: T) => boolean = () => true,
  beforeCommit?: () => Promise<void>,
): Promise<T> {
  const db = store.db;
  db.exec('BEGIN IMMEDIATE');
  try {
    const value = await body();
    if (keep(value)) {
      await beforeCommit?.();
      db.exec('COMMIT');
    } else db.exec('ROLLBACK');
    return value;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  } finally {
    store.touch();
  }
}
