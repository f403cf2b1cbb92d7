// `host`: a transport, not a call: serves the app and the API (through the same dispatcher) on 127.0.0.1.
import { startHost } from '../../host/server';
import { RENDERER_DIST } from '../../backend/paths';
import { intFlag, parseFlags, required } from '../args';
import { openForCli } from '../open-workspace';
import { warmUpSuggestions } from '../../backend/suggest/warm-up';

export const HOST_HELP = 'host --db F [--port N]   serve the app and API on 127.0.0.1 (prints the URL with its token)';

export async function hostCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(argv, { db: { type: 'string' }, port: { type: 'string' } }, 'host');
  const db = required(values.db, 'db', 'host');
  const port = intFlag(values.port, 'port', 0, 0, 65535);
  const ws = await openForCli(db, { allowReadOnly: true });
  const host = await startHost({ dispatch: ws.dispatch, rendererDir: RENDERER_DIST, port }).catch((e: unknown) => {
    ws.close();
    throw e;
  });
  // Joined to a team (issue 17): sync every few seconds while the host runs.
  ws.team.startAutoSync();
  // Build what the first suggestion needs while the app loads (issue 13: < 200 ms before the board has loaded).
  void warmUpSuggestions(ws.store);
  out(`Planwright at ${host.url}`);
  await waitForSignal();
  await host.close();
  ws.close();
}

export function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
