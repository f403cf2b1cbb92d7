// One counter for "the workspace changed": import, undo and redo bump it, and every
// useResource re-fetches. Cheaper to reason about than per-query cache invalidation.
// Changes made elsewhere (another window, the CLI) bump it too: the store watch polls the
// store's version, and this window's own invalidations re-sync it instead of refreshing twice.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { watchStore, type StoreWatch } from '../api/store-watch';

interface DataVersion {
  version: number;
  invalidate: () => void;
}

const Ctx = createContext<DataVersion>({ version: 0, invalidate: () => {} });

export function DataVersionProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const watch = useRef<StoreWatch | null>(null);
  useEffect(() => {
    const w = watchStore({
      getVersion: () => api('workspace/get-version', {}).then((r) => r.version),
      onExternalChange: () => setVersion((v) => v + 1),
      isHidden: () => document.hidden,
    });
    watch.current = w;
    return () => w.stop();
  }, []);
  const invalidate = useCallback(() => {
    watch.current?.resync();
    setVersion((v) => v + 1);
  }, []);
  const value = useMemo(() => ({ version, invalidate }), [version, invalidate]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useDataVersion(): DataVersion {
  return useContext(Ctx);
}
