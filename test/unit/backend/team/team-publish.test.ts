// Publishing as a team: the server makes each version on its state and signs it with the team
// key; every workstation lists the same history and holds the same pack bytes; stock minisign
// verifies them; offline, a role without the right, or a server without its key passphrase: refused.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, goodFiles, tempDir } from '../temp-workspace';
import { usePgCluster } from './use-pg-cluster';
import { inProcessServer, invite, join, settle, sync, workstation, type Station } from './team-harness';

const cluster = usePgCluster();
// Packs a sync brings land under PLANWRIGHT_HOME: a temp folder, never ~/.config.
beforeEach(() => void vi.stubEnv('PLANWRIGHT_HOME', tempDir()));
afterEach(() => void vi.unstubAllEnvs());

const WEEK = { from: '2027-01-04', to: '2027-01-08' };
const move = (ref: string, operative_id: string, date: string) => ({ ref, to: { operative_id, date }, seen: null });
const publish = (ws: Station, out: string) => ws.dispatch('packs/publish', { ...WEEK, override_reason: 'checked in test', out_dir: out });

function filesOf(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = `${rel}${e.name}`;
    if (e.isDirectory()) Object.assign(out, filesOf(dir, `${p}/`));
    else out[p] = fs.readFileSync(path.join(dir, p)).toString('base64');
  }
  return out;
}

/** The history as a planner sees it, without where this machine keeps the folders. */
async function history(ws: Station) {
  return (await call(ws, 'packs/list')).map(({ out_path: _o, zip_path: _z, ...v }) => v);
}

async function team(db: string, opts: { passphrase?: string | undefined } = {}) {
  const server = await inProcessServer(await cluster.newDatabase(db), 0, opts.passphrase ?? '');
  const [a, b] = [await workstation('a'), await workstation('b')];
  await join(a, server.url, await invite(server.url, server.adminToken!, 'Sam Ellis'));
  await call(a, 'import/run-csv', goodFiles());
  await call(a, 'diary/move-job', move('J-1001', 'OP-001', '2027-01-05'));
  await call(a, 'diary/move-job', move('J-1002', 'OP-003', '2027-01-06'));
  await sync(a);
  await join(b, server.url, await invite(server.url, server.adminToken!, 'Jo Marsh'));
  return { server, a, b };
}

describe('publishing as a team', () => {
  it('two workstations publish: versions 1 to 4 (never two of one number), one history, the same packs, minisign verifies', async () => {
    const { server, a, b } = await team('publish', { passphrase: 'team key passphrase for tests' });
    const [outA, outB] = [tempDir(), tempDir()];
    // A's pending move is pushed first: version 1 holds it.
    await call(a, 'diary/move-job', move('J-1003', 'OP-004', '2027-01-05'));
    const v1 = await publish(a, outA);
    expect(v1).toMatchObject({ ok: true, result: { version: 1, jobs: 3, key_created: true } });
    // B has not synced since: its publish still follows version 1, as 2.
    await call(b, 'diary/move-job', move('J-1009', 'OP-003', '2027-01-07'));
    const v2 = await publish(b, outB);
    expect(v2).toMatchObject({ ok: true, result: { version: 2, jobs: 4, key_created: false } });
    // Both at once: one is 3, the other 4.
    const both = await Promise.all([publish(a, outA), publish(b, outB)]);
    expect(both.map((r) => (r.ok ? (r.result as { version: number }).version : r.error.message)).sort()).toEqual([3, 4]);

    await settle([a, b]);
    const [ha, hb] = [await history(a), await history(b)];
    expect(ha.map((v) => v.version)).toEqual([4, 3, 2, 1]);
    expect(hb).toEqual(ha);
    expect(new Set(ha.map((v) => v.key_id)).size).toBe(1);
    expect(ha.find((v) => v.version === 1)!.created_by).toBe('Sam Ellis');
    expect(ha.find((v) => v.version === 2)!.created_by).toBe('Jo Marsh');
    // The chain: each version names the manifest of the one before.
    for (const v of ha.filter((x) => x.version > 1))
      expect(v.prev_sha256).toBe(ha.find((x) => x.version === v.version - 1)!.manifest_sha256);

    const statusA = await call(a, 'team/get-status');
    expect(statusA.public_key).toMatch(/^untrusted comment: minisign public key /);
    expect((await call(b, 'team/get-status')).public_key).toBe(statusA.public_key);
    const pub = path.join(tempDir(), 'team.pub');
    fs.writeFileSync(pub, statusA.public_key!);
    const [la, lb] = [await call(a, 'packs/list'), await call(b, 'packs/list')];
    for (const v of [1, 2, 3, 4]) {
      const [da, db] = [la.find((x) => x.version === v)!.out_path, lb.find((x) => x.version === v)!.out_path];
      expect(da).not.toBe(db);
      expect(filesOf(db)).toEqual(filesOf(da));
      const r = spawnSync('minisign', ['-Vm', 'manifest.json', '-p', pub], { cwd: db, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(await call(b, 'packs/verify', { path: db })).toMatchObject({
        ok: true,
        version: v,
        key_id: statusA.public_key!.match(/([0-9A-F]{16})/)![1],
      });
    }
    // Version 2 was made on the server's state: A's three moves and B's.
    expect(la.find((x) => x.version === 2)!.job_count).toBe(4);

    // Offline: refused, nothing published, the change stays queued.
    await call(b, 'diary/move-job', move('J-1007', 'OP-002', '2027-01-05'));
    await server.close();
    const offline = await publish(b, outB);
    expect(offline).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    if (!offline.ok)
      expect(offline.error.message).toMatch(
        /^Publishing while working as a team needs the team server: .*Nothing was published; your changes stay queued/,
      );
    expect((await call(b, 'packs/list')).length).toBe(4);
    expect((await call(b, 'team/get-status')).pending).toBe(1);
    a.close();
    b.close();
  }, 120_000);

  it('refused: a supervisor (rule “publish”), a server without a key passphrase', async () => {
    const { server, a } = await team('publish-refused', { passphrase: undefined });
    const noKey = await a.dispatch('packs/publish', { ...WEEK, override_reason: 'checked in test', out_dir: tempDir() });
    expect(noKey).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: expect.stringMatching(/^The team server has no passphrase for the team's signing key/) },
    });
    const sup = await workstation('sup');
    await join(sup, server.url, await invite(server.url, server.adminToken!, 'Pat Lead', 'supervisor'));
    const bySupervisor = await sup.dispatch('packs/publish', { ...WEEK, override_reason: 'x'.repeat(5), out_dir: tempDir() });
    expect(bySupervisor).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/rule “publish”.*Nothing was published/) },
    });
    expect(await call(a, 'packs/list')).toEqual([]);
    a.close();
    sup.close();
    await server.close();
  }, 120_000);
});
