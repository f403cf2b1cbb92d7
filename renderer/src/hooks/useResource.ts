// Loads data from the backend and re-loads when the workspace changes (see useDataVersion)
// or its inputs change. Keeps the previous data while re-loading so tables don't flash empty.
import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { useDataVersion } from './useDataVersion';
import { useStatus } from '../components/StatusRegion';

export interface Resource<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

interface State<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

export function useResource<T>(load: () => Promise<T>, deps: DependencyList): Resource<T> {
  const { version } = useDataVersion();
  const { report } = useStatus();
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<State<T>>({ data: undefined, error: undefined, loading: true });

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => {
        if (live) setState({ data, error: undefined, loading: false });
      },
      (err: unknown) => {
        if (!live) return;
        const error = err instanceof Error ? err : new Error(String(err));
        setState((s) => ({ data: s.data, error, loading: false }));
        report(error);
      },
    );
    return () => {
      live = false;
    };
    // `load` is recreated each render; callers list what it really depends on in `deps`.
  }, [...deps, version, nonce, report]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
