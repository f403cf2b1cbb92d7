// Offline work and a server killed mid-push: every command applied exactly once, none lost.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ServerClient } from '../../../../electron/backend/team/client/server-client';
import { call, goodFiles } from '../temp-workspace';
import { freePort } from './pg-cluster';
import { usePgCluster } from './use-pg-cluster';
import { childServer, hashOf, inProcessServer, invite, join, logRows, settle, sync, workstation, closeTeam } from './team-harness';

const cluster = usePgCluster();

const REFS = ['J-1001', 'J-1002', 'J-1003', 'J-1004'];

describe('team durability', () => {
  it('offline edits on both workstations, then reconnect: every command applied exactly once; a resent id is ignored', async () => {
    const pgUrl = await cluster.newDatabase('offline');
    const port = await freePort();
    let server = await inProcessServer(pgUrl, port);
    const admin = server.adminToken!;
    const [a, b] = [await workstation('a'), await workstation('b')];
    const tokenA = await invite(server.url, admin, 'Sam Ellis');
    await join(a, server.url, tokenA);
    await call(a, 'import/run-csv', goodFiles());
    await sync(a);
    await join(b, server.url, await invite(server.url, admin, 'Jo Marsh'));
    await server.close();

    // Offline: both keep working; sync says the server cannot be reached, the work stays queued.
    for (let i = 0; i < 6; i++) {
      await call(a, 'jobs/update-scores', { ref: REFS[i % 4]!, impact: 1 + (i % 5) });
      await call(b, 'jobs/update-scores', { ref: REFS[(i + 1) % 4]!, effort: 1 + (i % 5) });
    }
    const offline = await a.dispatch('team/sync-now', {});
    expect(offline).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/cannot be reached/) } });
    expect(await call(a, 'team/get-status')).toMatchObject({ online: false, pending: 6 });
    const queuedA = (await call(a, 'team/get-status')).pending;
    expect(queuedA).toBe(6);

    server = await inProcessServer(pgUrl, port);
    expect(server.adminToken).toBeNull();
    await settle([a, b]);
    expect(hashOf(a)).toBe(hashOf(b));
    const log = await logRows(pgUrl);
    expect(new Set(log.map((r) => r.id)).size).toBe(log.length);
    expect(log.filter((r) => r.status === 'accepted')).toHaveLength(1 + 12);

    // Resending a command already in the log returns its first outcome and appends nothing.
    const first = log.at(-1)!;
    const again = await new ServerClient(server.url, tokenA, server.teamId).push([
      {
        id: first.id,
        actor: 'person:sam-ellis',
        at: '2027-01-04T09:00:00.000Z',
        base_seq: 0,
        name: 'jobs/update-scores',
        input: { ref: 'J-1001', impact: 5 },
      },
    ]);
    expect(again.results[0]).toMatchObject({ id: first.id, seq: first.seq, status: first.status });
    expect(await logRows(pgUrl)).toHaveLength(log.length);
    await closeTeam(server, a, b);
  }, 90_000);

  it('kill -9 of the server in the middle of a push loses and duplicates nothing', async () => {
    const pgUrl = await cluster.newDatabase('killed');
    const port = await freePort();
    let server = await childServer(pgUrl, port);
    const admin = server.token!;
    const a = await workstation('a');
    await join(a, server.url, await invite(server.url, admin, 'Sam Ellis'));
    await call(a, 'import/run-csv', goodFiles());
    await sync(a);
    for (let i = 0; i < 300; i++)
      await call(a, 'jobs/update-scores', { ref: REFS[i % 4]!, impact: 1 + (i % 5), effort: 1 + ((i * 3) % 5) });
    const expected = a.team.status().pending;
    expect(expected).toBe(300);

    // Push, and kill the server the moment its push transaction is open in PostgreSQL.
    const watcher = new pg.Client({ connectionString: pgUrl });
    watcher.on('error', () => undefined);
    await watcher.connect();
    const pushing = a.dispatch('team/sync-now', {});
    for (;;) {
      const open = await watcher.query("SELECT 1 FROM pg_stat_activity WHERE datname = 'killed' AND state LIKE 'idle in transaction%'");
      if (open.rowCount) break;
    }
    server.child.kill('SIGKILL');
    const failed = await pushing;
    expect(failed).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    // The killed transaction never committed: the log holds only the import.
    await watcher.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'killed' AND pid <> pg_backend_pid()");
    expect(await logRows(pgUrl)).toHaveLength(1);
    await watcher.end();

    server = await childServer(pgUrl, port);
    await settle([a]);
    const log = await logRows(pgUrl);
    expect(log).toHaveLength(1 + 300);
    expect(new Set(log.map((r) => r.id)).size).toBe(301);
    expect(log.every((r) => r.status === 'accepted')).toBe(true);
    expect(a.team.status().pending).toBe(0);
    // A fresh workstation rebuilt from the log has exactly this workstation's rows.
    const b = await workstation('b');
    await join(b, server.url, await invite(server.url, admin, 'Jo Marsh'));
    expect(hashOf(b)).toBe(hashOf(a));
    a.close();
    b.close();
    await server.stop();
  }, 120_000);
});
