// The pack verifies with Debian's stock `minisign` (apt-get install minisign; CI installs it)
// and the README's stock-tool commands, not only with Planwright.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPackAt } from '../../../../electron/backend/packs/verify-pack';
import { copyDir, seededWorkspace } from './pack-helpers';

const MINISIGN = process.env.PLANWRIGHT_MINISIGN ?? '/usr/bin/minisign';
const hasJq = spawnSync('sh', ['-c', 'command -v jq && command -v sha256sum && command -v bash']).status === 0;

let ws: Awaited<ReturnType<typeof seededWorkspace>>;
let v1: string;
let v2: string;
beforeAll(async () => {
  ws = await seededWorkspace();
  v1 = ws.publish().path;
  v2 = ws.publish().path;
});
afterAll(() => ws.close());

const minisign = (dir: string, pub: string) => spawnSync(MINISIGN, ['-Vm', 'manifest.json', '-p', pub], { cwd: dir, encoding: 'utf8' });

/** A copy of pack v2 in `name` with the first `from` in `file` replaced by `to`. */
function editedCopy(name: string, file: string, from: string, to: string): string {
  const dir = copyDir(v2, path.join(ws.dir, name));
  const f = path.join(dir, file);
  fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(from, to));
  return dir;
}

/** Stock minisign fails on `dir`, saying `why`. */
function expectMinisignRefuses(dir: string, why: string): void {
  const r = minisign(dir, ws.pubkeyFile);
  expect(r.status).not.toBe(0);
  expect(r.stderr).toContain(why);
}

describe('stock minisign', () => {
  it('is installed (apt-get install -y minisign)', () => {
    expect(fs.existsSync(MINISIGN), `${MINISIGN} missing: apt-get install -y minisign`).toBe(true);
  });

  it('verifies a fresh pack and prints the trusted comment with pack id, version and previous hash', () => {
    const r = minisign(v2, ws.pubkeyFile);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const m = JSON.parse(fs.readFileSync(path.join(v2, 'manifest.json'), 'utf8')) as { pack_id: string; prev_manifest_sha256: string };
    expect(r.stdout).toBe(
      `Signature and comment signature verified\nTrusted comment: planwright-pack pack:${m.pack_id} version:2 range:2027-01-04..2027-01-08 prev:${m.prev_manifest_sha256}\n`,
    );
    expect(minisign(v1, ws.pubkeyFile).status).toBe(0);
  });

  it('rejects an edited manifest, as Planwright does', () => {
    const dir = editedCopy('edited', 'manifest.json', '"version":2', '"version":3');
    expectMinisignRefuses(dir, 'Signature verification failed');
    expect(verifyPackAt(dir, { file: ws.pubkeyFile })).toMatchObject({ ok: false, file: 'manifest.json' });
  });

  it('rejects an edited trusted comment', () => {
    expectMinisignRefuses(
      editedCopy('comment', 'manifest.json.minisig', 'version:2', 'version:9'),
      'Comment signature verification failed',
    );
  });

  it.skipIf(!hasJq)("the README's jq + sha256sum + diff commands pass on a fresh pack and catch a changed run sheet", () => {
    const readme = fs.readFileSync(path.join(v2, 'README.txt'), 'utf8');
    const lines = readme.split('\n');
    const start = lines.findIndex((l) => l.trim().startsWith('jq -r'));
    const script = lines
      .slice(start, start + 3)
      .join('\n')
      .replace(/^ +/gm, '');
    const run = (dir: string) => spawnSync('bash', ['-c', `set -eo pipefail; ${script}`], { cwd: dir, encoding: 'utf8' });
    expect(run(v2).status, run(v2).stderr + run(v2).stdout).toBe(0);
    const dir = copyDir(v2, path.join(ws.dir, 'runsheet'));
    const sheet = fs.readdirSync(path.join(dir, 'runsheets')).find((f) => f.endsWith('.csv'))!;
    fs.appendFileSync(path.join(dir, 'runsheets', sheet), 'x');
    const bad = run(dir);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain(`runsheets/${sheet}: FAILED`);
  });
});
