// Adding and removing finish-to-start links, each one undoable step. A link that would close
// a cycle is refused with the cycle named in order (J-1 → J-2 → J-1), nothing changed.
import { ApiError } from '../../../shared/api/errors';
import type { Dependency } from '../../../shared/domain/types';
import { describeCycle, wouldCreateCycle } from '../../../shared/graph';
import { formatDuration } from '../../../shared/plan/time';
import type { Store } from '../store/store';

const lagText = (lag: number) => (lag > 0 ? ` (lag ${formatDuration(lag)})` : '');

function mustExist(store: Store, ref: string): void {
  if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}; nothing was changed`);
}

export function addLink(store: Store, link: Dependency): { link: Dependency; updated: boolean } {
  const { pred_ref: pred, succ_ref: succ, lag_min: lag } = link;
  if (pred === succ) throw new ApiError('VALIDATION', `${pred} cannot depend on itself; nothing was changed`);
  mustExist(store, pred);
  mustExist(store, succ);
  const existing = store.read.dependency(pred, succ);
  if (existing && existing.lag_min === lag)
    throw new ApiError('CONFLICT', `${succ} already depends on ${pred}${lagText(lag)}; nothing was changed`);
  if (!existing) {
    const cycle = wouldCreateCycle(store.read.dependencies(), { pred_ref: pred, succ_ref: succ });
    if (cycle) {
      throw new ApiError(
        'CONFLICT',
        `${succ} cannot depend on ${pred}: that would close the cycle ${describeCycle(cycle)}; nothing was changed`,
        { cycle },
      );
    }
  }
  const label = existing ? `Change lag ${pred} → ${succ} to ${formatDuration(lag)}` : `Link ${pred} → ${succ}${lagText(lag)}`;
  store.history.mutate(label, (rec) => rec.put('dependencies', { pred_ref: pred, succ_ref: succ, lag_min: lag }));
  store.logJobEvent(succ, existing ? 'link-changed' : 'linked', { pred_ref: pred, lag_min: lag });
  return { link: { pred_ref: pred, succ_ref: succ, lag_min: lag }, updated: !!existing };
}

export function removeLink(store: Store, pred: string, succ: string): { link: Dependency } {
  mustExist(store, pred);
  mustExist(store, succ);
  const existing = store.read.dependency(pred, succ);
  if (!existing) throw new ApiError('NOT_FOUND', `${succ} does not depend on ${pred}; nothing was changed`);
  store.history.mutate(`Unlink ${pred} → ${succ}`, (rec) => rec.delete('dependencies', { pred_ref: pred, succ_ref: succ }));
  store.logJobEvent(succ, 'unlinked', { pred_ref: pred });
  return { link: existing };
}
