// "Make it a planning assumption" from the weekly review: one call, announced with its undo hint,
// or the backend's refusal in the status region.
import type { ApiInput } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { useDataVersion } from '../../hooks/useDataVersion';

export function useMakeAssumption(): (input: ApiInput<'deviations/make-assumption'>) => Promise<void> {
  const { invalidate } = useDataVersion();
  const { announce } = useStatus();
  const { run } = useAction();
  return async (input) => {
    await run(async () => {
      const r = await api('deviations/make-assumption', input);
      announce(`Planning assumption made: ${r.assumption} (undo to revert).`, 'success');
      invalidate();
    });
  };
}
