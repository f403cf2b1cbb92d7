// The sequence of the last team-server command applied to this workspace (the server's
// materialised copy, a workstation's confirmed copy), and the one transaction a batch of
// commands and that mark are written in: a crash leaves all of them or none.
import type { Store } from '../store';
import { heldTransaction } from './held-transaction';

export function appliedSeq(store: Store): number {
  const row = store.db.prepare('SELECT seq FROM team_applied WHERE id = 1').get() as { seq: number } | undefined;
  return row?.seq ?? 0;
}

function setAppliedSeq(store: Store, seq: number): void {
  store.db.prepare('INSERT INTO team_applied (id, seq) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq').run(seq);
}

/** Applies one command as `seq`: `apply` dispatches it; when `keep` says no (rejected), its writes are undone, the mark stays. */
export type ApplyOne = <T>(seq: number, apply: () => Promise<T>, keep: (outcome: T) => boolean) => Promise<T>;

/**
 * Runs `body` in one SQLite transaction held open across its awaits; each command it applies
 * sits in a savepoint. `beforeCommit` may throw to roll everything back (the server's
 * PostgreSQL commit failed). The caller serialises calls on one store.
 */
export function inCommandBatch<T>(store: Store, body: (applyOne: ApplyOne) => Promise<T>, beforeCommit?: () => Promise<void>): Promise<T> {
  const db = store.db;
  const applyOne: ApplyOne = async (seq, apply, keep) => {
    db.exec('SAVEPOINT team_command');
    const outcome = await apply();
    if (!keep(outcome)) db.exec('ROLLBACK TO team_command');
    db.exec('RELEASE team_command');
    setAppliedSeq(store, seq);
    return outcome;
  };
  return heldTransaction(store, () => body(applyOne), undefined, beforeCommit);
}
