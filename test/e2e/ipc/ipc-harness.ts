// The desktop app's transport without the Electron binary (which cannot run here): the page
// gets the real preload's bridge (bundled with a stand-in `electron`, see the shim) and its
// calls reach the real registerInvokeHandler — sender check, scope check, dispatch — through
// Playwright's exposeBinding and a stand-in ipcMain. The renderer is served from a fixed
// origin as protocol.ts serves it, with the app's CSP.
import type { Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import type { Dispatch } from '../../../shared/api/bridge';
import { staticFile } from '../../../electron/host/request-target';
import { contentTypeFor } from '../../../electron/shell/app-assets';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/csp';
import { registerInvokeHandler, type IpcMainLike } from '../../../electron/shell/ipc';

export const IPC_ORIGIN = 'http://app.planwright.test';
const RENDERER = path.resolve('dist/renderer');

let preload: string | null = null;
/** electron/shell/preload.ts bundled for the page, `electron` replaced by the shim. */
function preloadScript(): string {
  preload ??= buildSync({
    entryPoints: [path.resolve('electron/shell/preload.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    alias: { electron: path.resolve('test/e2e/ipc/electron-renderer-shim.ts') },
  }).outputFiles[0]!.text;
  return preload;
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export async function connectIpc(page: Page, dispatch: Dispatch): Promise<() => void> {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = {
    handle: ((channel: string, fn: Handler) => void handlers.set(channel, fn)) as IpcMainLike['handle'],
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
  // Like Electron's WebFrameMain of the window: the main frame, at whatever URL it shows now.
  const mainFrame = {
    get url() {
      return page.mainFrame().url();
    },
    processId: 1,
    routingId: 1,
    detached: false,
  };
  const dispose = registerInvokeHandler({ ipcMain, dispatch, getMainFrame: () => mainFrame, appOrigin: IPC_ORIGIN });

  await page.route(`${IPC_ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    const found = staticFile(RENDERER, url.pathname);
    if (!found.ok || !fs.existsSync(found.file)) return route.fulfill({ status: found.ok ? 404 : found.status });
    return route.fulfill({
      path: found.file,
      headers: { 'content-type': contentTypeFor(found.file), 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
  await page.exposeBinding('__planwrightIpc', async (source, channel: string, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const senderFrame = source.frame === page.mainFrame() ? mainFrame : { url: source.frame.url() };
    return handler({ senderFrame }, ...args);
  });
  await page.addInitScript({ content: preloadScript() });
  return dispose;
}
