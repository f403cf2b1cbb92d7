// Offline is seen within seconds, without waiting for a sync to fail: the workstation pings its
// server every second with a short timeout — a server gone, or one that accepts a connection and
// never answers (a sync to it would wait for minutes), turns the status offline; back, online.
import net from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { call, goodFiles } from '../temp-workspace';
import { usePgCluster } from './use-pg-cluster';
import { inProcessServer, invite, join, workstation } from './team-harness';

const cluster = usePgCluster();

/** Accepts connections on `port` and never answers. */
function silentServer(port: number): Promise<{ accepted(): number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const srv = net.createServer((s) => sockets.add(s));
  return new Promise((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(port, '127.0.0.1', () =>
      resolve({
        accepted: () => sockets.size,
        close: () =>
          new Promise<void>((r) => {
            for (const s of sockets) s.destroy();
            srv.close(() => r());
          }),
      }),
    );
  });
}

describe('offline detection', () => {
  it('a stopped server, then one that never answers: offline within seconds; online again when it is back', async () => {
    const pgUrl = await cluster.newDatabase('offline');
    let server = await inProcessServer(pgUrl);
    const port = Number(new URL(server.url).port);
    const a = await workstation('a');
    await join(a, server.url, await invite(server.url, server.adminToken!, 'Sam Ellis'));
    await call(a, 'import/run-csv', goodFiles());
    // Sync rarely (the first at once): only the ping can notice the server going.
    a.team.startAutoSync(600_000);
    await vi.waitFor(async () => expect(await call(a, 'team/get-status')).toMatchObject({ online: true, pending: 0 }), { timeout: 10_000 });

    await server.close();
    let t0 = performance.now();
    await vi.waitFor(async () => expect((await call(a, 'team/get-status')).online).toBe(false), { timeout: 5_000, interval: 50 });
    const goneMs = performance.now() - t0;

    server = await inProcessServer(pgUrl, port);
    await vi.waitFor(async () => expect((await call(a, 'team/get-status')).online).toBe(true), { timeout: 5_000, interval: 50 });
    await server.close();

    // A server that takes the connection and says nothing (a sync to it would wait 2 minutes): offline too.
    const silent = await silentServer(port);
    t0 = performance.now();
    await vi.waitFor(async () => expect((await call(a, 'team/get-status')).online).toBe(false), { timeout: 5_000, interval: 50 });
    const silentMs = performance.now() - t0;
    expect(goneMs).toBeLessThan(5_000);
    expect(silentMs).toBeLessThan(5_000);
    a.team.stop();
    expect(silent.accepted()).toBeGreaterThan(0);
    await silent.close();
    a.close();
  }, 60_000);
});
