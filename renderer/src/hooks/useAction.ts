// One thing the user asks of the backend (a button, a form): busy while it runs, so its control
// can be disabled, and a failure said either in the status region (the default) or kept as the
// form's own inline error (`'inline'`), cleared each time the action runs again.
import { useCallback, useState } from 'react';
import { errorText, useStatus } from '../components/StatusRegion';

export interface Action {
  busy: boolean;
  /** With `'inline'`: the last failure's text, for the form to show; else always null. */
  error: string | null;
  /** Runs `work`; resolves to its result, or to undefined when it failed (and was said). */
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
}

export function useAction(failure: 'status' | 'inline' = 'status'): Action {
  const { report } = useStatus();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await work();
      } catch (err) {
        if (failure === 'inline') setError(errorText(err));
        else report(err);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [failure, report],
  );
  return { busy, error, run };
}
