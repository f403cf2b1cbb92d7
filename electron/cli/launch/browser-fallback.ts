// The fallback when Electron cannot run: the same renderer and backend, in the browser,
// on a default workspace under PLANWRIGHT_HOME seeded with demo data on first use.
import fs from 'node:fs';
import path from 'node:path';
import { generateSeed } from '../../../shared/seed/generate';
import { planwrightHome, RENDERER_DIST } from '../../backend/paths';
import { writeSeed } from '../../backend/seed/write-seed';
import { openWorkspace } from '../../backend/workspace';
import { startHost } from '../../host/server';
import { waitForSignal } from '../commands/host';
import { DEFAULT_SEED_START } from '../commands/seed';
import { ensureRendererBuilt } from './build';
import { openBrowser } from './open-browser';

export const DEFAULT_PORT = 4870;

export async function serveInBrowser(port = Number(process.env.PLANWRIGHT_PORT ?? DEFAULT_PORT)): Promise<void> {
  ensureRendererBuilt();
  const home = planwrightHome();
  fs.mkdirSync(home, { recursive: true });
  const dbPath = path.join(home, 'workspace.db');
  const ws = await openWorkspace(dbPath);
  if (ws.store.read.count('jobs') === 0 && ws.store.read.count('operatives') === 0) {
    const data = generateSeed({ operatives: 24, jobs: 400, days: 10, start: DEFAULT_SEED_START, scheduled: 0.5, seed: 1 });
    writeSeed(ws.store, data, 'Seed demo data');
    console.log(`Created demo workspace ${dbPath} (${data.operatives.length} operatives, ${data.jobs.length} jobs)`);
  }
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
