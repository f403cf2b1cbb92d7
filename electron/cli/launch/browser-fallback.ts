// The fallback when Electron cannot run: the same renderer and backend, in the browser,
// on a default workspace under PLANWRIGHT_HOME seeded with demo data when it is first created.
// Port: random (the OS picks a free one) unless PLANWRIGHT_PORT asks for one. A fixed,
// well-known port lets any web page the planner visits aim requests at the host; the URL
// carries a per-launch token anyway, so a fixed port never made a bookmark work.
// When the workspace cannot be opened (damaged, emptied…), the host serves the start-up error
// page with the same restore as `planwright backup restore`, then the app.
import fs from 'node:fs';
import path from 'node:path';
import { logError } from '../../backend/error-log';
import { planwrightHome, RENDERER_DIST } from '../../backend/paths';
import { seedDemoIfEmpty } from '../../backend/seed/demo';
import { WorkspaceOpenError } from '../../backend/store/open-errors';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../../backend/workspace';
import { warmUpSuggestions } from '../../backend/suggest/warm-up';
import { startHost } from '../../host/server';
import type { StartupProblem } from '../../host/recovery';
import { waitForSignal } from '../commands/host';
import { ensureRendererBuilt } from './build';
import { openBrowser } from './open-browser';
import { startupProblem } from './startup-problem';

/** PLANWRIGHT_PORT when set (falling back to a random port if it is taken), else random. */
export function requestedPort(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.PLANWRIGHT_PORT);
  return env.PLANWRIGHT_PORT && Number.isInteger(n) && n > 0 && n < 65536 ? n : 0;
}

export async function serveInBrowser(port = requestedPort()): Promise<void> {
  ensureRendererBuilt();
  const home = planwrightHome();
  fs.mkdirSync(home, { recursive: true });
  const dbPath = path.join(home, 'workspace.db');
  const options: WorkspaceOptions = { readOnlyFallback: true, onInternalError: (name, err) => logError(`internal error in ${name}`, err) };
  // Demo data only into a workspace this start creates: never into an existing (even emptied) one.
  const isNew = !fs.existsSync(dbPath);
  // Set here, or later by a restore from the start-up page.
  const current: { ws: Workspace | null } = { ws: null };
  let problem: StartupProblem | undefined;
  try {
    const ws = (current.ws = await openWorkspace(dbPath, options));
    // Seeded relative to today, so the tray's SLA countdowns mean something.
    const data = isNew ? seedDemoIfEmpty(ws.store) : null;
    if (data) console.log(`Created demo workspace ${dbPath} (${data.operatives.length} operatives, ${data.jobs.length} jobs)`);
    if (ws.readOnly) console.log(`${ws.readOnly}: opened read-only (browse, export, compare).`);
    // Build what the first suggestion needs while the browser loads the app (issue 13).
    void warmUpSuggestions(ws.store);
  } catch (e) {
    if (!(e instanceof WorkspaceOpenError)) throw e;
    console.log(`${e.message}\nThe app's start-up page offers the restore.`);
    problem = startupProblem(
      dbPath,
      e,
      () => openWorkspace(dbPath, options),
      (opened) => (current.ws = opened),
    );
  }
  const hostOptions = { ...(current.ws ? { dispatch: current.ws.dispatch } : { startupProblem: problem! }), rendererDir: RENDERER_DIST };
  const host = await startHost({ ...hostOptions, port }).catch((e: unknown) => {
    if (port === 0) throw e;
    console.log(`Port ${port} is taken: using a random free port instead.`);
    return startHost({ ...hostOptions, port: 0 });
  });
  console.log(`Planwright at ${host.url}`);
  openBrowser(host.url);
  await waitForSignal();
  await host.close();
  current.ws?.close();
}
