// Which plan the whole UI works on: the live plan or one what-if scenario. Switching re-scopes
// every API call (see api/client setActiveScenario) and reloads every view's data. The choice
// survives reload (sessionStorage, and `?scenario=` for deep links).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, setActiveScenario } from '../api/client';
import { navigate, readUrl } from '../app/url';
import { useDataVersion } from '../hooks/useDataVersion';
import { useResource, type Resource } from '../hooks/useResource';

const KEY = 'planwright.scenario';

interface ScenarioSummary {
  name: string;
  from: string | null;
  note: string;
  created_at: string;
  promoted_at: string | null;
}

interface ScenarioState {
  /** null = the live plan. */
  active: string | null;
  switchTo: (name: string | null) => void;
  list: Resource<ScenarioSummary[]>;
}

const Ctx = createContext<ScenarioState | null>(null);

function initialScenario(): string | null {
  // `?scenario=` (empty) names the live plan explicitly, over the session's last choice.
  const name = readUrl().scenario ?? sessionStorage.getItem(KEY);
  setActiveScenario(name || null);
  return name || null;
}

export function ScenarioProvider({ children }: { children: ReactNode }) {
  const [active, setActive] = useState<string | null>(initialScenario);
  const { invalidate } = useDataVersion();
  const list = useResource(() => api('scenario/list', {}), []);

  const switchTo = useCallback(
    (name: string | null) => {
      setActiveScenario(name);
      if (name) sessionStorage.setItem(KEY, name);
      else sessionStorage.removeItem(KEY);
      navigate({ scenario: name || null });
      setActive(name);
      invalidate();
    },
    [invalidate],
  );

  // A scenario dropped elsewhere (CLI, another window) must not leave the UI scoped to nothing.
  // Checked when a fresh list arrives, not on every switch: a just-created scenario is in use
  // before the reloaded list that names it has come back.
  const activeRef = useRef(active);
  activeRef.current = active;
  useEffect(() => {
    const current = activeRef.current;
    if (current && list.data && !list.data.some((s) => s.name.toLowerCase() === current.toLowerCase())) switchTo(null);
  }, [list.data, switchTo]);

  useEffect(() => {
    document.title = active ? `Planwright — Scenario: ${active}` : 'Planwright';
  }, [active]);

  const value = useMemo(() => ({ active, switchTo, list }), [active, switchTo, list]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useScenario(): ScenarioState {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useScenario outside ScenarioProvider');
  return ctx;
}
