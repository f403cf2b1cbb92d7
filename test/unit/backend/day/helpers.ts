// Real workspaces on temp SQLite files with a fixed clock ("now" decides today, raised-in-the-
// future and the service area's neighbours), for the day-editing tests (issue 13).
import path from 'node:path';
import { expect } from 'vitest';
import type { ApiErrorBody } from '../../../../shared/api/errors';
import { openWorkspace, type Workspace } from '../../../../electron/backend/workspace';
import { call, goodFiles, tempDir } from '../temp-workspace';

export type Ws = Workspace & { dbPath: string };

/** Monday 4 Jan 2027, 07:00 UK (GMT): before the good fixtures' shifts start. */
export const MONDAY_7AM = '2027-01-04T07:00:00Z';

export async function openAt(now: string = MONDAY_7AM, dbPath = path.join(tempDir(), 'workspace.db')): Promise<Ws> {
  const ws = await openWorkspace(dbPath, { checkOutput: true, backup: false, now: () => now });
  return Object.assign(ws, { dbPath });
}

export async function withGoodFixtures(now: string = MONDAY_7AM): Promise<Ws> {
  const ws = await openAt(now);
  await call(ws, 'import/run-csv', goodFiles());
  return ws;
}

/** Calls and expects a refusal; returns the error envelope. */
export async function refused(ws: Workspace, name: string, input: unknown, code: string): Promise<ApiErrorBody> {
  const r = await ws.dispatch(name, input);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.code).toBe(code);
  return r.error;
}

export const fieldErrors = (e: ApiErrorBody) => (e.details as { fields: { field: string | null; message: string }[] }).fields;

/** What a refusal must leave as it was: every table the edits write, and the undo stack. */
export function snapshot(ws: Workspace): string {
  const db = ws.store.db;
  const tables = [
    'jobs',
    'dependencies',
    'operatives',
    'flags',
    'absences',
    'diary_entries',
    'history',
    'job_events',
    'operative_events',
    'settings',
  ];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
}

/** A valid GAS repair near Leeds, as the New repair form sends it (numbers as numbers, lists as arrays). */
export function gasRepair(over: Record<string, unknown> = {}) {
  return {
    address: '12 Test Street, Leeds LS6 1AA',
    lat: 53.8101,
    lon: -1.5702,
    area: 'LS6',
    trade: 'GAS',
    min_proficiency: 2,
    competences: ['GAS_SAFE'],
    priority: 'EMERGENCY',
    raised_at: '2027-01-04T06:30:00Z',
    duration_min: 60,
    window: 'ALL',
    impact: 5,
    effort: 2,
    owner: 'Sam Ellis',
    done_when: 'Boiler made safe',
    notes: 'Tenant vulnerable',
    ...over,
  };
}
