import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../../cli-harness';
import { tempDir } from '../temp-workspace';
import { PASS } from './pack-helpers';

let dir: string;
let db: string;
beforeEach(async () => {
  dir = tempDir();
  db = path.join(dir, 'w.db');
  vi.stubEnv('PLANWRIGHT_HOME', path.join(dir, 'home'));
  vi.stubEnv('PLANWRIGHT_PASSPHRASE', '');
  expect(
    (await cli(['seed', '--db', db, '--operatives', '5', '--jobs', '30', '--days', '5', '--scheduled', '1', '--seed', '4'])).code,
  ).toBe(0);
});
afterEach(() => vi.unstubAllEnvs());

const publishArgs = () => [
  'publish',
  '--db',
  db,
  '--from',
  '2027-01-04',
  '--to',
  '2027-01-08',
  '--out',
  path.join(dir, 'out'),
  '--override-reason',
  'agreed in test',
];

describe('plan pack commands', () => {
  it('publish needs a passphrase and says how to give one when there is no terminal', async () => {
    const r = await cli(publishArgs());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/set PLANWRIGHT_PASSPHRASE, or run in a terminal/);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('publish → key export → verify → packs, with exit codes', async () => {
    vi.stubEnv('PLANWRIGHT_PASSPHRASE', PASS);
    const p1 = await cli([...publishArgs(), '--zip']);
    expect(p1.err).toBe('');
    expect(p1.code).toBe(0);
    expect(p1.out).toMatch(/^Published plan version 1 \(pack [0-9a-f-]+\): \d+ visits for \d+ operatives/);
    const folder = /folder {3}(.+)/.exec(p1.out)![1]!;
    const zip = /zip {6}(.+)/.exec(p1.out)![1]!;

    const pub = path.join(dir, 'planwright.pub');
    const k = await cli(['key', 'export', '--db', db, '--out', pub]);
    expect(k.code).toBe(0);
    expect(fs.readFileSync(pub, 'utf8')).toMatch(/^untrusted comment: minisign public key [0-9A-F]+\n[A-Za-z0-9+/=]{56}\n$/);

    for (const target of [folder, zip]) {
      const v = await cli(['verify', target, '--pubkey', pub]);
      expect(v.code, v.err).toBe(0);
      expect(v.out).toMatch(/^OK: plan pack .+ version 1 \(2027-01-04 to 2027-01-08\), \d+ files verified, signed by key [0-9A-F]+/);
    }

    const sheet = fs.readdirSync(path.join(folder, 'runsheets')).find((f) => f.endsWith('.ics'))!;
    fs.appendFileSync(path.join(folder, 'runsheets', sheet), ' ');
    const bad = await cli(['verify', folder, '--pubkey', pub]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(new RegExp(`^runsheets/${sheet.replace('.', '\\.')}: size differs from manifest`));
    expect(bad.err.split('\n')).toHaveLength(1);

    const p2 = await cli(publishArgs());
    expect(p2.out).toMatch(/Published plan version 2/);
    expect(p2.out).toMatch(/chained to version 1 \(manifest sha256 [0-9a-f]{64}\)/);
    const list = await cli(['packs', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.out.split('\n').map((l) => l.split('\t')[0])).toEqual(['version', '2', '1']);
  });

  it('refuses bad input with exit 2 and one plain line', async () => {
    vi.stubEnv('PLANWRIGHT_PASSPHRASE', PASS);
    expect(await cli(['publish', '--db', db, '--from', '2027-01-04', '--to', '2027-13-01', '--out', dir])).toMatchObject({
      code: 2,
      err: 'publish: --to must be a real date YYYY-MM-DD (got "2027-13-01")',
    });
    expect(await cli(['publish', '--db', db, '--from', '2027-03-01', '--to', '2027-03-05', '--out', dir])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^publish: Nothing to publish: no jobs are placed between 2027-03-01 and 2027-03-05/),
    });
    expect(await cli([...publishArgs(), '--scenario', 'storm'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^publish: Only the live plan is published: promote scenario "storm"/),
    });
    expect(await cli(['verify', '--pubkey', 'x.pub'])).toMatchObject({
      code: 2,
      err: 'verify: give exactly one pack (a folder or a .zip)',
    });
    expect(await cli(['verify', dir, '--pubkey', path.join(dir, 'none.pub')])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/none\.pub: not found$/),
    });
    expect(await cli(['key', 'rotate'])).toMatchObject({ code: 2 });
    const wrong = await cli(publishArgs());
    expect(wrong.code).toBe(0);
    vi.stubEnv('PLANWRIGHT_PASSPHRASE', 'not the one');
    expect(await cli(publishArgs())).toMatchObject({
      code: 2,
      err: 'publish: Cannot sign: wrong passphrase for the signing key. Nothing was published',
    });
  });
});
