// A team version's row (and frozen diary) written on a workspace as the team server made it:
// in one transaction with `beforeCommit` (the pack folder's rename), so both land or neither.
import type { FrozenEntry } from '../../../../shared/pack';
import { insertVersion, type VersionRow } from '../pack-versions';
import type { Store } from '../store';

export function recordVersionRow(store: Store, row: VersionRow, entries: readonly FrozenEntry[], beforeCommit?: () => void): void {
  store.db
    .transaction(() => {
      insertVersion(store, row, entries);
      beforeCommit?.();
    })
    .immediate();
}
