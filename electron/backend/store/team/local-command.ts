// A workstation's own write while joined to a team: the command is queued in the outbox and
// applied to the live plan in one SQLite transaction, so an acknowledged write is always queued
// and a refused one leaves neither.
import type { Store } from '../store';
import { heldTransaction } from './held-transaction';

export function inLocalCommand<T>(store: Store, fn: () => Promise<T>, keep: (outcome: T) => boolean): Promise<T> {
  return heldTransaction(store, fn, keep);
}
