// A workstation's own write while joined to a team: the command is queued in the outbox and
// applied to the live plan in one SQLite transaction, so an acknowledged write is always queued
// and a refused one leaves neither.
import type { Store } from '../store';

export async function inLocalCommand<T>(store: Store, fn: () => Promise<T>, keep: (outcome: T) => boolean): Promise<T> {
  const db = store.db;
  db.exec('BEGIN IMMEDIATE');
  try {
    const outcome = await fn();
    db.exec(keep(outcome) ? 'COMMIT' : 'ROLLBACK');
    return outcome;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  } finally {
    store.touch();
  }
}
