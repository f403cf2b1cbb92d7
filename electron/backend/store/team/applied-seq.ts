// The sequence of the last team-server command applied to this workspace (the server's
// materialised copy, a workstation's confirmed copy), and the one transaction a command and that
// mark are written in: a crash leaves both or neither.
import type { Store } from '../store';

export function appliedSeq(store: Store): number {
  const row = store.db.prepare('SELECT seq FROM team_applied WHERE id = 1').get() as { seq: number } | undefined;
  return row?.seq ?? 0;
}

function setAppliedSeq(store: Store, seq: number): void {
  store.db.prepare('INSERT INTO team_applied (id, seq) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq').run(seq);
}

/**
 * Runs `apply` (which may dispatch a command) and records `seq` as applied, all in one SQLite
 * transaction held open across the await. `keep` decides from the outcome whether the command's
 * writes stay (an accepted command) or are rolled back (rejected: only the mark is written).
 * `commitWhen` runs before the commit and may throw to roll everything back (the server's
 * PostgreSQL commit). The caller serialises calls on one store.
 */
export async function applyInTransaction<T>(
  store: Store,
  seq: number,
  apply: () => Promise<T>,
  keep: (outcome: T) => boolean,
  commitWhen: (outcome: T) => Promise<void> = async () => undefined,
): Promise<T> {
  const db = store.db;
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec('SAVEPOINT team_command');
    const outcome = await apply();
    if (!keep(outcome)) db.exec('ROLLBACK TO team_command');
    db.exec('RELEASE team_command');
    setAppliedSeq(store, seq);
    await commitWhen(outcome);
    db.exec('COMMIT');
    store.touch();
    return outcome;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    store.touch();
    throw e;
  }
}
