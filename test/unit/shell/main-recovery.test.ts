// The desktop app on an emptied workspace: main.ts must not open it as a new one, but offer the
// newest good backup (a dialog with the same restore as `planwright backup restore`), restore it
// when asked, and then serve the restored plan over IPC. Electron is the recording fake.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiResponse } from '../../../shared/api/errors';
import { INVOKE_CHANNEL } from '../../../electron/shell/channels';
import { listBackups } from '../../../electron/backend/store/backup';
import { openWorkspace } from '../../../electron/backend/workspace';
import { goodFiles } from '../backend/temp-workspace';
import { fakeElectron, fakeHome } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).fakeElectron.module);

const db = path.join(fakeHome, 'workspace.db');

describe('Electron main process on an emptied workspace', () => {
  beforeAll(async () => {
    const ws = await openWorkspace(db);
    await ws.dispatch('import/run-csv', goodFiles());
    ws.close();
    (await openWorkspace(db)).close(); // a backup of the 20-job workspace
    fs.truncateSync(db, 0);
    for (const f of [`${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
    fakeElectron.module.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 }); // "Restore backup …"
    process.env.PLANWRIGHT_HOME = fakeHome;
    await import('../../../electron/shell/main');
    await vi.waitFor(() => expect(fakeElectron.handlers.has(INVOKE_CHANNEL)).toBe(true), { timeout: 20_000 });
  });

  afterAll(() => {
    for (const fn of fakeElectron.onEvents['will-quit'] ?? []) fn();
    delete process.env.PLANWRIGHT_HOME;
    fs.rmSync(fakeHome, { recursive: true, force: true });
  });

  it('offers the newest good backup in plain words, restores it, and opens the restored plan', async () => {
    const [options] = fakeElectron.module.dialog.showMessageBox.mock.calls[0] as unknown as [{ detail: string; buttons: string[] }];
    expect(options.detail).toContain('is empty (0 bytes)');
    expect(options.buttons[0]).toMatch(/^Restore backup \S+$/);
    const handler = fakeElectron.handlers.get(INVOKE_CHANNEL)!;
    const info = (await handler(
      { senderFrame: fakeElectron.windows[0]!.webContents.mainFrame },
      'workspace/get-info',
      {},
      null,
    )) as ApiResponse;
    expect(info).toMatchObject({ ok: true, result: { counts: { jobs: 20 } } });
    expect(listBackups(db).some((b) => b.kind === 'damaged')).toBe(true);
    expect(fakeElectron.module.dialog.showErrorBox).not.toHaveBeenCalled();
  });
});
