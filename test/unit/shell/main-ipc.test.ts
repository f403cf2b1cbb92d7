// The desktop bridge end to end, the way Electron Fiddle tests its main process: `electron` is
// replaced by a recording fake, the real main.ts starts (opening a real workspace under
// PLANWRIGHT_HOME), and the ipcMain.handle callback it registers is driven directly — then the
// real preload.ts is loaded against the same fake so its bridge's calls flow through that
// callback. A call scoped to a what-if scenario must change the scenario and never the live plan.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CallScope, PlanwrightBridge } from '../../../shared/api/bridge';
import type { ApiResponse } from '../../../shared/api/errors';
import { INVOKE_CHANNEL } from '../../../electron/shell/channels';
import { goodFiles } from '../backend/temp-workspace';
import { fakeElectron, fakeHome } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).fakeElectron.module);

const WINDOW: CallScope = { scenario: null, actor: 'window:main-test' };
const IN_STORM: CallScope = { scenario: 'Storm cover', actor: 'window:main-test' };

let invoke: (name: string, input: unknown, scope: unknown) => Promise<ApiResponse>;

async function call<T>(name: string, input: unknown, scope: unknown): Promise<T> {
  const r = await invoke(name, input, scope);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.result as T;
}
const placed = async (scope: CallScope) =>
  (await call<{ job_ref: string }[]>('diary/list', { from: '2027-01-01', to: '2027-01-31' }, scope)).map((e) => e.job_ref);

describe('Electron main process: the IPC path carries the scope', () => {
  beforeAll(async () => {
    process.env.PLANWRIGHT_HOME = fakeHome;
    await import('../../../electron/shell/main');
    await vi.waitFor(() => expect(fakeElectron.handlers.has(INVOKE_CHANNEL)).toBe(true), { timeout: 20_000 });
    const handler = fakeElectron.handlers.get(INVOKE_CHANNEL)!;
    const event = { senderFrame: fakeElectron.windows[0]!.webContents.mainFrame };
    invoke = (name, input, scope) => handler(event, name, input, scope) as Promise<ApiResponse>;
    await call('import/run-csv', goodFiles(), WINDOW);
    await call('scenario/create', { name: 'Storm cover' }, WINDOW);
  });

  afterAll(() => {
    for (const fn of fakeElectron.onEvents['will-quit'] ?? []) fn();
    delete process.env.PLANWRIGHT_HOME;
    fs.rmSync(fakeHome, { recursive: true, force: true });
  });

  it('main opened the workspace under PLANWRIGHT_HOME and registered one invoke handler', () => {
    expect(fs.existsSync(path.join(fakeHome, 'workspace.db'))).toBe(true);
    expect(fakeElectron.module.ipcMain.handle).toHaveBeenCalledTimes(1);
  });

  it('a move inside a scenario, through the captured ipcMain.handle callback, changes the scenario only', async () => {
    await call('diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' }, IN_STORM);
    expect(await placed(IN_STORM)).toContain('J-1002');
    expect(await placed(WINDOW)).not.toContain('J-1002');
  });

  it('the real preload bridge sends (name, input, scope) and main dispatches all of it', async () => {
    await import('../../../electron/shell/preload');
    const bridge = fakeElectron.exposed.planwright as PlanwrightBridge;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenu']);
    const r = await bridge.invoke('diary/assign-job', { ref: 'J-1003', operative_id: 'OP-004', date: '2027-01-06' }, IN_STORM);
    expect(r).toMatchObject({ ok: true });
    expect(fakeElectron.module.ipcRenderer.invoke).toHaveBeenLastCalledWith(
      INVOKE_CHANNEL,
      'diary/assign-job',
      { ref: 'J-1003', operative_id: 'OP-004', date: '2027-01-06' },
      IN_STORM,
    );
    expect(await placed(IN_STORM)).toContain('J-1003');
    expect(await placed(WINDOW)).not.toContain('J-1003');
  });

  it('undo through the bridge takes this window’s own last step in the scenario', async () => {
    const bridge = fakeElectron.exposed.planwright as PlanwrightBridge;
    const status = await bridge.invoke('history/undo', {}, IN_STORM);
    expect(status).toMatchObject({ ok: true });
    expect(await placed(IN_STORM)).not.toContain('J-1003');
    expect(await placed(IN_STORM)).toContain('J-1002');
  });

  it('refuses a call from a frame that is not the window’s main frame', async () => {
    const handler = fakeElectron.handlers.get(INVOKE_CHANNEL)!;
    const r = (await handler({ senderFrame: { url: 'https://evil.example/' } }, 'jobs/list', {}, WINDOW)) as ApiResponse;
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
