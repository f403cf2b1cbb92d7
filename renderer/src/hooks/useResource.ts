// Loads data from the backend and re-loads when the workspace changes (see useDataVersion)
// or its inputs change. Keeps the previous data while re-loading so tables don't flash empty.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
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

export interface ResourceOptions {
  /** False when the caller shows the error itself (inline), so it is not also a status message. */
  report?: boolean;
}

export function useResource<T>(load: () => Promise<T>, deps: DependencyList, options: ResourceOptions = {}): Resource<T> {
  const reportErrors = options.report ?? true;
  const { version } = useDataVersion();
  const { report } = useStatus();
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<State<T>>({ data: undefined, error: undefined, loading: true });
  // `load` is recreated each render: the effect calls the latest one, and runs again when one of
  // `deps` changes (lint checks callers' deps: `additionalHooks` in eslint.config.js).
  const latest = useRef(load);
  latest.current = load;
  const inputs = useDepsVersion(deps);

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    latest.current().then(
      (data) => {
        if (live) setState({ data, error: undefined, loading: false });
      },
      (err: unknown) => {
        if (!live) return;
        const error = err instanceof Error ? err : new Error(String(err));
        setState((s) => ({ data: s.data, error, loading: false }));
        if (reportErrors) report(error);
      },
    );
    return () => {
      live = false;
    };
  }, [inputs, version, nonce, report, reportErrors]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}

/** A number that changes whenever an element of `deps` changes (Object.is, as React compares). */
function useDepsVersion(deps: DependencyList): number {
  const [seen, setSeen] = useState({ deps, version: 0 });
  const same = seen.deps.length === deps.length && seen.deps.every((d, i) => Object.is(d, deps[i]));
  if (!same) setSeen({ deps, version: seen.version + 1 }); // state from the previous render, as React documents
  return same ? seen.version : seen.version + 1;
}
