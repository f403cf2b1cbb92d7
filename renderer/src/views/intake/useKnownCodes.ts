// What the job form offers as it is typed: the workspace's trades, competences and areas (from its
// operatives and jobs) and the SLA policy's priority categories.
import { useMemo } from 'react';
import { api } from '../../api/client';
import { useResource } from '../../hooks/useResource';

export interface KnownCodes {
  trades: string[];
  competences: string[];
  areas: string[];
  priorities: string[];
}

export function useKnownCodes(): KnownCodes {
  const operatives = useResource(() => api('operatives/list', {}), []);
  const jobs = useResource(() => api('jobs/list', {}), []);
  const policy = useResource(() => api('sla/get-policy', {}), []);
  return useMemo(() => {
    const trades = new Set<string>();
    const competences = new Set<string>();
    const areas = new Set<string>();
    for (const o of operatives.data ?? []) {
      o.trades.forEach((t) => trades.add(t.trade));
      o.competences.forEach((c) => competences.add(c.code));
      o.areas.forEach((a) => areas.add(a));
    }
    for (const j of jobs.data ?? []) {
      trades.add(j.trade);
      if (j.area) areas.add(j.area);
      j.competences.forEach((c) => competences.add(c));
    }
    const sorted = (s: Set<string>) => [...s].sort();
    return {
      trades: sorted(trades),
      competences: sorted(competences),
      areas: sorted(areas),
      priorities: (policy.data?.categories ?? []).map((c) => c.priority),
    };
  }, [operatives.data, jobs.data, policy.data]);
}
