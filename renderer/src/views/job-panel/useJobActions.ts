// The job edits a panel offers, each one API call: the outcome is announced in the status
// region (a refusal with the backend's reason, e.g. the cycle a link would close) and every
// view re-loads on success.
import { useCallback } from 'react';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useDataVersion } from '../../hooks/useDataVersion';
import { duration } from '../../lib/format';

export function useJobActions() {
  const { announce, report } = useStatus();
  const { invalidate } = useDataVersion();

  const run = useCallback(
    async (work: () => Promise<string>): Promise<boolean> => {
      try {
        announce(await work(), 'success', { undoable: true });
        invalidate();
        return true;
      } catch (err) {
        report(err);
        return false;
      }
    },
    [announce, invalidate, report],
  );

  return {
    addLink: (pred_ref: string, succ_ref: string, lag_min = 0) =>
      run(async () => {
        const r = await api('dependencies/add-link', { pred_ref, succ_ref, lag_min });
        return `${r.updated ? 'Changed' : 'Linked'}: ${succ_ref} after ${pred_ref}${lag_min ? ` + ${duration(lag_min)}` : ''}`;
      }),
    removeLink: (pred_ref: string, succ_ref: string) =>
      run(async () => {
        await api('dependencies/remove-link', { pred_ref, succ_ref });
        return `Unlinked ${pred_ref} → ${succ_ref}`;
      }),
    setOwnership: (ref: string, owner: string, done_when: string) =>
      run(async () => {
        await api('jobs/update-ownership', { ref, owner, done_when });
        return `Saved owner and definition of done for ${ref}`;
      }),
  };
}
