// Asks the backend again whenever `key` changes, after `ms` of quiet (typing); only the latest
// answer counts, so a slow reply never overwrites a newer one. `ask` reads everything it needs
// from the key, so it can be a stable function outside the component.
import { useEffect, useRef, useState } from 'react';
import { errorText } from '../components/StatusRegion';

export function useLatestAnswer<T>(key: string, ask: (key: string) => Promise<T>, ms: number): { value: T | null; error: string | null } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    const timer = window.setTimeout(() => {
      ask(key).then(
        (r) => {
          if (mine !== seq.current) return;
          setValue(r);
          setError(null);
        },
        (e: unknown) => {
          if (mine === seq.current) setError(errorText(e));
        },
      );
    }, ms);
    return () => window.clearTimeout(timer);
  }, [key, ask, ms]);

  return { value, error };
}
