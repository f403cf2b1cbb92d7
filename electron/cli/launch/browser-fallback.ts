// The fallback when Electron cannot run: the same renderer and backend, in the browser,
// on a default workspace under PLANWRIGHT_HOME seeded with demo data on first use.
import fs from 'node:fs';
import path from 'node:path';
import { planwrightHome, RENDERER_DIST } from '../../backend/paths';
import { seedDemoIfEmpty } from '../../backend/seed/demo';
import { openWorkspace } from '../../backend/workspace';
import { startHost } from '../../host/server';
import { waitForSignal } from '../commands/host';
import { ensureRendererBuilt } from './build';
import { openBrowser } from './open-browser';

export const DEFAULT_PORT = 4870;

export async function serveInBrowser(port = Number(process.env.PLANWRIGHT_PORT ?? DEFAULT_PORT)): Promise<void> {
  ensureRendererBuilt();
  const home = planwrightHome();
  fs.mkdirSync(home, { recursive: true });
  const dbPath = path.join(home, 'workspace.db');
  const ws = await openWorkspace(dbPath);
  const data = seedDemoIfEmpty(ws.store); // relative to today, so the tray's SLA countdowns mean something
  if (data) console.log(`Created demo workspace ${dbPath} (${data.operatives.length} operatives, ${data.jobs.length} jobs)`);
  const host = await startHost({ dispatch: ws.dispatch, rendererDir: RENDERER_DIST, port }).catch(() =>
    // The default port is taken (another Planwright?): any free port will do.
    startHost({ dispatch: ws.dispatch, rendererDir: RENDERER_DIST, port: 0 }),
  );
  console.log(`Planwright at ${host.url}`);
  openBrowser(host.url);
  await waitForSignal();
  await host.close();
  ws.close();
}
