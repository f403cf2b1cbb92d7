// A team on loopback for tests: a real PostgreSQL cluster (pg-cluster.ts), team servers in
// process or as the real CLI in a child process (to kill -9 it), and workstations on real
// SQLite files joined through the real team/* calls.
import path from 'node:path';
import pg from 'pg';
import { ServerClient } from '../../../../electron/backend/team/client/server-client';
import { serveTeam, type TeamServer } from '../../../../electron/backend/team/server/serve';
import { contentHash } from '../../../../electron/backend/store/team/synced-tables';
import { openWorkspace, type Workspace } from '../../../../electron/backend/workspace';
import { call, goodFiles, tempDir } from '../temp-workspace';
import { spawnTeamServer, type ChildServer } from '../../../fixtures/team-server';

/** The passphrase test servers seal the team's signing key with. */
export const TEAM_PASS = 'team key passphrase for tests';

export async function inProcessServer(pgUrl: string, port = 0, keyPassphrase: string | undefined = TEAM_PASS): Promise<TeamServer> {
  return serveTeam({ pgUrl, port, keyPassphrase, openPlan: (file) => openWorkspace(file, { backup: false, checkOutput: true }) });
}

/** The real `planwright team serve` in its own process; resolves once it printed its URL. */
export function childServer(pgUrl: string, port: number): Promise<ChildServer> {
  // node itself (tsx as a loader), not the tsx launcher: kill -9 must reach the server's own process.
  return spawnTeamServer(process.execPath, ['--import', 'tsx', path.resolve('electron/cli/main.ts')], pgUrl, port);
}

export type Station = Workspace & { file: string };

/** Closes the workstations, then the server. */
export async function closeTeam(server: { close(): Promise<void> }, ...stations: Workspace[]): Promise<void> {
  for (const s of stations) s.close();
  await server.close();
}

export async function workstation(name: string): Promise<Station> {
  const file = path.join(tempDir(), `${name}.db`);
  const ws = await openWorkspace(file, { backup: false, checkOutput: true });
  return Object.assign(ws, { file });
}

export async function invite(url: string, adminToken: string, name: string, role = 'planner'): Promise<string> {
  return (await new ServerClient(url, adminToken, null).invite(name, role)).token;
}

export async function join(ws: Workspace, server: string, token: string): Promise<void> {
  const r = await ws.dispatch('team/join-server', { server, token });
  if (!r.ok) throw new Error(`join failed: ${r.error.message}`);
}

export async function sync(ws: Workspace): Promise<{ pushed: number; pulled: number; conflicts: number }> {
  const r = await ws.dispatch('team/sync-now', {});
  if (!r.ok) throw new Error(`sync failed: ${r.error.code} ${r.error.message}`);
  return r.result as { pushed: number; pulled: number; conflicts: number };
}

/** Syncs every station until a whole round moves nothing: all have the log's head. */
export async function settle(stations: Workspace[]): Promise<void> {
  for (let round = 0; round < 10; round++) {
    let moved = 0;
    for (const s of stations) {
      const r = await sync(s);
      moved += r.pushed + r.pulled;
    }
    if (moved === 0) return;
  }
  throw new Error('stations did not settle in 10 rounds');
}

export const hashOf = (ws: Workspace): string => contentHash(ws.store);

export async function logRows(
  pgUrl: string,
): Promise<{ seq: number; id: string; status: string; code: string | null; reason: string | null }[]> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    const r = await c.query<{ seq: string; id: string; status: string; code: string | null; reason: string | null }>(
      'SELECT seq, id::text AS id, status, code, reason FROM commands ORDER BY seq',
    );
    return r.rows.map((x) => ({ ...x, seq: Number(x.seq) }));
  } finally {
    await c.end();
  }
}

/** A move of a job to an operative's day, seen nowhere (the tray or not checked). */
export const move = (ref: string, operative_id: string, date: string) => ({ ref, to: { operative_id, date }, seen: null });

/** A server and two planners joined to it: A imported the plan and placed J-1001 on OP-001's 5 January, then B joined. */
export async function twoPlanners(pgUrl: string): Promise<{ server: TeamServer; a: Station; b: Station }> {
  const server = await inProcessServer(pgUrl);
  const [a, b] = [await workstation('a'), await workstation('b')];
  await join(a, server.url, await invite(server.url, server.adminToken!, 'Sam Ellis'));
  await call(a, 'import/run-csv', goodFiles());
  await call(a, 'diary/move-job', move('J-1001', 'OP-001', '2027-01-05'));
  await sync(a);
  await join(b, server.url, await invite(server.url, server.adminToken!, 'Jo Marsh'));
  return { server, a, b };
}
