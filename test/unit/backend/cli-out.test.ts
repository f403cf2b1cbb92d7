// Where `--out` may write: `-` is stdout; a new path or a regular file is written atomically; a
// symlink to a regular file has its target rewritten (the link stays a link); devices, FIFOs,
// sockets, folders and dangling links are refused with a message and left as they were.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../cli-harness';
import { isRoot } from './cli-process';
import { GOOD, tempDir } from './temp-workspace';

async function workspace(): Promise<{ db: string; dir: string }> {
  const dir = tempDir();
  const db = path.join(dir, 'w.db');
  expect((await cli(['import', '--db', db, '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${GOOD}/jobs.csv`])).code).toBe(0);
  return { db, dir };
}
const exportTo = (db: string, out: string) => cli(['export', '--db', db, '--what', 'operatives', '--out', out]);
const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

afterEach(() => vi.restoreAllMocks());

describe('export --out', () => {
  it('"-" writes to stdout', async () => {
    const { db } = await workspace();
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const r = await exportTo(db, '-');
    expect(r.code).toBe(0);
    expect(written.join('')).toMatch(/^id,name,trades/);
  });

  it('writes a new file, and replaces a regular file atomically keeping its permissions', async () => {
    const { db, dir } = await workspace();
    const target = path.join(dir, 'ops.csv');
    expect((await exportTo(db, target)).code).toBe(0);
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^id,name,trades/);
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, 0o640);
    const inode = fs.statSync(target).ino;
    const r = await exportTo(db, target);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Wrote 6 operatives rows to ${target}`);
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^id,name,trades/);
    expect(fs.statSync(target).ino).not.toBe(inode); // renamed into place, never rewritten in place
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  it('follows a symlink to a regular file: the target gets the content, the link stays a link', async () => {
    const { db, dir } = await workspace();
    const real = path.join(dir, 'shared', 'ops.csv');
    fs.mkdirSync(path.dirname(real));
    fs.writeFileSync(real, 'old');
    const link = path.join(dir, 'ops-link.csv');
    fs.symlinkSync(real, link);
    const r = await exportTo(db, link);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(real);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toMatch(/^id,name,trades/);
  });

  it('refuses a FIFO, a folder, a dangling link, a link to a folder and a missing folder — leaving each as it was', async () => {
    const { db, dir } = await workspace();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(folder);
    const dangling = path.join(dir, 'dangling');
    fs.symlinkSync(path.join(dir, 'nowhere.csv'), dangling);
    const toFolder = path.join(dir, 'to-folder');
    fs.symlinkSync(folder, toFolder);
    for (const [target, why] of [
      [fifo, /is a named pipe \(FIFO\); write to "-" \(stdout\) and redirect instead\. Nothing was written\./],
      [folder, /is a folder; give a file name/],
      [`${folder}/`, /is a folder/],
      [dangling, /is a symbolic link to nothing/],
      [toFolder, /is a folder/],
      [path.join(dir, 'no', 'such', 'x.csv'), /cannot be created: the folder .* does not exist/],
    ] as const) {
      const r = await exportTo(db, target);
      expect(r.code, target).toBe(2);
      expect(r.err).toMatch(why);
    }
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    expect(fs.lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(path.join(dir, 'nowhere.csv'))).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses a device (as root it used to rename a file over it)', async () => {
    const { db, dir } = await workspace();
    // Root gets a private null device to aim at, so a failure could never replace /dev/null.
    const device = isRoot() ? path.join(dir, 'null-device') : '/dev/null';
    if (isRoot()) execFileSync('mknod', [device, 'c', '1', '3']);
    const r = await exportTo(db, device);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is a device; write to "-" \(stdout\) and redirect instead/);
    expect(fs.lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('the same rules hold for roster export and key export', async () => {
    const { db, dir } = await workspace();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const roster = await cli(['roster', 'export', '--db', db, '--from', '2027-01-04', '--to', '2027-01-08', '--out', fifo]);
    expect(roster.code).toBe(2);
    expect(roster.err).toMatch(/^roster export: --out .* is a named pipe/);
    const key = await cli(['key', 'export', '--db', db, '--out', dir]);
    expect(key.code).toBe(2);
    expect(key.err).toMatch(/^key export: --out .* is a folder/);
  });
});
