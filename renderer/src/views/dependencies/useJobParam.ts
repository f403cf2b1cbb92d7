// `?view=dependencies&job=REF`: the job to zoom to. Kept in the address bar (replaceState, as
// the router does) so the selection survives a reload and the diary can deep-link to it.
import { useCallback, useEffect, useState } from 'react';

const PARAM = 'job';

function readParam(): string | null {
  return new URLSearchParams(window.location.search).get(PARAM) || null;
}

function writeParam(ref: string | null): void {
  const { pathname, search, hash } = window.location;
  const params = new URLSearchParams(search);
  if (ref) params.set(PARAM, ref);
  else params.delete(PARAM);
  const next = `?${params.toString()}`;
  if (next !== search) history.replaceState(history.state, '', pathname + next + hash);
}

export function useJobParam(): [string | null, (ref: string | null) => void] {
  const [ref, setRef] = useState<string | null>(readParam);
  useEffect(() => {
    const onPop = () => setRef(readParam());
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      writeParam(null); // leaving the view: the parameter means nothing elsewhere
    };
  }, []);
  const set = useCallback((next: string | null) => {
    writeParam(next);
    setRef(next);
  }, []);
  return [ref, set];
}

/** The link the diary (or anything else) uses to show a job on the map. */
export function dependencyLink(ref: string): string {
  const params = new URLSearchParams(window.location.search);
  params.set('view', 'dependencies');
  params.set(PARAM, ref);
  return `?${params.toString()}`;
}
