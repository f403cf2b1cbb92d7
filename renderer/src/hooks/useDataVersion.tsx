// One counter for "the workspace changed": import, undo and redo bump it, and every
// useResource re-fetches. Cheaper to reason about than per-query cache invalidation.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface DataVersion {
  version: number;
  invalidate: () => void;
}

const Ctx = createContext<DataVersion>({ version: 0, invalidate: () => {} });

export function DataVersionProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const invalidate = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo(() => ({ version, invalidate }), [version, invalidate]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useDataVersion(): DataVersion {
  return useContext(Ctx);
}
