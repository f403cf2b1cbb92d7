// A staffed workspace for change-control tests: the good fixtures, a planner (Pat), a supervisor
// (Sam, leads OP-001 and OP-003) and an operations team leader (Lee), and J-1002 planned on
// OP-001 on Tuesday 5 January 2027.
import { expect } from 'vitest';
import type { Workspace } from '../../../../electron/backend/workspace';
import { goodFiles, tempWorkspace } from '../temp-workspace';

export const PEOPLE = [
  { id: 'pat', name: 'Pat Planner', role: 'planner', os_user: null, team: null, operatives: [] },
  { id: 'sam', name: 'Sam Hughes', role: 'supervisor', os_user: null, team: 'North', operatives: ['OP-001', 'OP-003'] },
  { id: 'lee', name: 'Lee Ops', role: 'operations-team-leader', os_user: null, team: 'North', operatives: ['OP-001'] },
] as const;
export const as = (id: string) => ({ actor: `person:${id}` });

export async function ok<T = unknown>(ws: Workspace, name: string, input: unknown, who = 'pat'): Promise<T> {
  const r = await ws.dispatch(name, input, as(who));
  if (!r.ok) throw new Error(`${name} as ${who}: ${r.error.code} ${r.error.message}`);
  return r.result as T;
}

export async function staffedWorkspace() {
  const ws = await tempWorkspace();
  expect((await ws.dispatch('import/run-csv', goodFiles())).ok).toBe(true);
  for (const p of PEOPLE) await ok(ws, 'access/save-person', p);
  await ok(ws, 'diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' });
  return ws;
}

export async function placed(ws: Workspace, ref: string) {
  const all = await ok<{ job_ref: string; operative_id: string; date: string }[]>(ws, 'diary/list', {
    from: '2027-01-01',
    to: '2027-01-31',
  });
  return all.find((e) => e.job_ref === ref) ?? null;
}
