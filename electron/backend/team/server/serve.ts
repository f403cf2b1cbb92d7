// `team serve`: migrate the PostgreSQL database, make the team (and its admin token) on first
// start, rebuild this process's materialised workspace from the log, then serve.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { OpenPlan } from '../replay';
import { startTeamHttp } from './http';
import { Ledger } from './ledger';
import { ensureTeam } from './pg-log';
import { TeamPublisher } from './publish';
import { migratePg } from './pg-migrations';

export interface TeamServer {
  url: string;
  teamId: string;
  /** The admin token, on the start that made the team; null afterwards. */
  adminToken: string | null;
  close(): Promise<void>;
}

export interface ServeOptions {
  pgUrl: string;
  port: number;
  /** Opens (creating) a workspace file: the caller's openWorkspace (services sit below it). */
  openPlan: (file: string) => Promise<OpenPlan>;
  /** Seals the team's signing key (default PLANWRIGHT_PASSPHRASE); without one the server refuses to publish. */
  keyPassphrase?: string | undefined;
}

export async function serveTeam(o: ServeOptions): Promise<TeamServer> {
  const pool = new pg.Pool({ connectionString: o.pgUrl, max: 8 });
  // An idle client losing its server (PostgreSQL restarted) must not crash the process.
  pool.on('error', () => undefined);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-team-'));
  try {
    const client = await pool.connect();
    let team: { teamId: string; adminToken: string | null };
    try {
      await migratePg(client);
      team = await ensureTeam(client);
    } finally {
      client.release();
    }
    const ws = await o.openPlan(path.join(dir, 'team-workspace.db'));
    const ledger = new Ledger(ws, pool);
    await ledger.catchUp();
    const publisher = new TeamPublisher(ws, pool, ledger, path.join(dir, 'packs'), o.keyPassphrase ?? process.env.PLANWRIGHT_PASSPHRASE);
    const http = await startTeamHttp({ pool, ledger, publisher, teamId: team.teamId, port: o.port });
    return {
      url: http.url,
      teamId: team.teamId,
      adminToken: team.adminToken,
      async close() {
        await http.close();
        ws.close();
        await pool.end();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await pool.end().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
