// The packs API through the real dispatcher (outputs checked against the contract).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../temp-workspace';
import { PASS, seededWorkspace, WEEK } from './pack-helpers';

let ws: Awaited<ReturnType<typeof seededWorkspace>>;
beforeEach(async () => {
  ws = await seededWorkspace();
  vi.stubEnv('PLANWRIGHT_HOME', ws.home);
  vi.stubEnv('PLANWRIGHT_PASSPHRASE', '');
  vi.stubEnv('PLANWRIGHT_NO_OPEN', '1');
});
afterEach(() => {
  vi.unstubAllEnvs();
  ws.close();
});

describe('packs API', () => {
  it('checks a range: size, checks with whether they block, or the reason it cannot be published', async () => {
    const c = await call(ws, 'packs/check', WEEK);
    expect(c.problem).toBeNull();
    expect(c.jobs).toBe(ws.store.read.diary(WEEK.from, WEEK.to).length);
    expect(c.next_version).toBe(1);
    expect(c.checks.length).toBeGreaterThanOrEqual(c.blocking);
    const empty = await call(ws, 'packs/check', { from: '2027-03-01', to: '2027-03-02' });
    expect(empty.problem).toMatch(/^Nothing to publish/);
  });

  it('reports the key, publishes with a typed passphrase, lists versions with their diffs, verifies, opens', async () => {
    expect(await call(ws, 'packs/get-key')).toMatchObject({ exists: false, needs_passphrase: true });
    const refused = await ws.dispatch('packs/publish', { ...WEEK, override_reason: 'ok for test', out_dir: ws.out });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { need: 'passphrase' } } });

    const r = await call(ws, 'packs/publish', {
      ...WEEK,
      override_reason: 'ok for test',
      out_dir: ws.out,
      passphrase: PASS,
    });
    expect(r.version).toBe(1);
    const key = await call(ws, 'packs/get-key');
    expect(key).toMatchObject({ key_id: r.key_id, protection: 'passphrase', needs_passphrase: true });
    expect(key.public_key).toMatch(/^untrusted comment: minisign public key /);

    await call(ws, 'packs/publish', { ...WEEK, override_reason: 'ok for test', out_dir: ws.out, passphrase: PASS });
    const list = await call(ws, 'packs/list');
    expect(list.map((v) => v.version)).toEqual([2, 1]);
    const changes = await call(ws, 'packs/get-changes', { version: 2 });
    expect(changes.against?.version).toBe(1);
    expect(changes.summary).toEqual(list[0]!.changes);

    expect(await call(ws, 'packs/verify', { path: r.path })).toMatchObject({ ok: true, version: 1, key_id: r.key_id });
    fs.appendFileSync(path.join(r.path, 'README.txt'), '!');
    expect(await call(ws, 'packs/verify', { path: r.path })).toMatchObject({
      ok: false,
      file: 'README.txt',
      message: expect.stringMatching(/^README\.txt: size differs from manifest/),
    });
    expect(await call(ws, 'packs/open-folder', { version: 1 })).toEqual({ path: r.path, opened: false });
  });

  it('takes the passphrase from PLANWRIGHT_PASSPHRASE for the host process', async () => {
    vi.stubEnv('PLANWRIGHT_PASSPHRASE', PASS);
    expect(await call(ws, 'packs/get-key')).toMatchObject({ needs_passphrase: false });
    expect(await call(ws, 'packs/publish', { ...WEEK, override_reason: 'ok for test', out_dir: ws.out })).toMatchObject({
      version: 1,
      key_created: true,
    });
  });

  it('refuses a call scoped to a scenario', async () => {
    const r = await ws.dispatch('packs/check', { ...WEEK, scenario: 'storm' });
    expect(r).toMatchObject({ ok: true, result: { problem: expect.stringMatching(/Only the live plan is published: promote scenario/) } });
  });
});
