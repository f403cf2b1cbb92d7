// A small, hand-made workspace for actuals tests: the plan in test/fixtures/actuals.ts, placed on
// Tue 5 and Wed 6 Jan 2027 and published as version 1 (signed for real, key in the temp folder).
// Actuals then come back as CSV text.
import path from 'node:path';
import { afterEach } from 'vitest';
import { publishPack } from '../../../../electron/backend/packs/publish';
import type { ApiInput } from '../../../../shared/api/contract';
import type { Workspace } from '../../../../electron/backend/workspace';
import { JOBS, OPERATIVES, TUE, WED } from '../../../fixtures/actuals';
import { call, tempWorkspace } from '../temp-workspace';

export { actualsCsv as csv, TUE, WED } from '../../../fixtures/actuals';

export type ActualsWorkspace = Workspace & { dir: string; dbPath: string; publish(from: string, to: string): number; home: string };

export async function actualsWorkspace(): Promise<ActualsWorkspace> {
  const ws = await tempWorkspace();
  const r = await call(ws, 'import/run-csv', { operatives: OPERATIVES, jobs: JOBS });
  if (!r.ok) throw new Error(`fixture import failed: ${JSON.stringify(r)}`);
  const place = async (ref: string, operative_id: string, date: string) =>
    call(ws, 'diary/assign-job', { ref, operative_id, date, override_reason: 'test fixture' });
  await place('J-1', 'OP-1', TUE);
  await place('J-4', 'OP-1', TUE);
  await place('J-2', 'OP-1', WED);
  await place('J-6', 'OP-1', WED);
  await place('J-3', 'OP-2', TUE);
  await place('J-5', 'OP-3', TUE);
  const home = path.join(ws.dir, 'home');
  const publish = (from: string, to: string) =>
    publishPack(ws.store, {
      from,
      to,
      outDir: path.join(ws.dir, 'packs'),
      zip: false,
      overrideReason: 'accepted in test',
      access: { passphrase: 'test passphrase' },
      home,
      appVersion: '0.1.0',
      who: 'tester',
    }).version;
  publish(TUE, WED);
  return Object.assign(ws, { publish, home });
}

/** Changes part of the actuals policy through the API (read, change, write back). */
export async function setPolicy(ws: Workspace, change: Partial<ApiInput<'actuals/set-policy'>>): Promise<void> {
  const policy = await call(ws, 'actuals/get-policy');
  await call(ws, 'actuals/set-policy', { ...policy, ...change });
}

/** Tuesday's actuals rows the governance tests start from: J-1 done as planned, J-3 no access, J-5 done by OP-1 (planned on OP-3). */
export const TUESDAY_ACTUALS = [
  `J-1,,OP-1,${TUE},08:30,09:20,COMPLETED,,,,`,
  `J-3,,OP-2,${TUE},09:00,09:05,NO_ACCESS,NO_ANSWER,,,`,
  `J-5,,OP-1,${TUE},13:00,14:20,COMPLETED,,,,`,
];

export async function importText(ws: Workspace, text: string) {
  return call(ws, 'actuals/import-csv', { csv: text });
}

/** A maker of fresh actuals workspaces for one test file, each closed after its test. */
export function actualsWorkspaces(): () => Promise<ActualsWorkspace> {
  const open: ActualsWorkspace[] = [];
  afterEach(() => open.splice(0).forEach((w) => w.close()));
  return async () => {
    const ws = await actualsWorkspace();
    open.push(ws);
    return ws;
  };
}
