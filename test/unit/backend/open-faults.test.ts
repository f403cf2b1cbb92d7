// Opening a workspace when something is wrong with it or around it: a read-only file or
// folder (read-only mode), a full disk (opening never needs a backup written), damage (plain
// message, exit 2, stack trace in PLANWRIGHT_HOME/logs), and SQLite files that are not
// Planwright's (refused untouched; old unmarked workspaces still open and get marked).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../../electron/backend/store/backup';
import { APPLICATION_ID } from '../../../electron/backend/store/workspace-file';
import { COMMANDS } from '../../../electron/cli/commands/registry';
import { cli } from '../cli-harness';
import { cliProcess, openUpFolder } from './cli-process';
import { hostCall, startHostProcess } from './host-process';
import { GOOD, tempDir } from './temp-workspace';

// The CLI and the host run here in processes of their own, as nobody, so tsx compiles them cold
// every time: 5–7 s a start on a loaded 2-core machine, three starts in a test (21 s measured).
vi.setConfig({ testTimeout: 180_000 });

let home: string;
beforeEach(() => {
  home = tempDir();
  openUpFolder(home, true);
  process.env.PLANWRIGHT_HOME = home;
});
afterEach(() => {
  delete process.env.PLANWRIGHT_HOME;
});

async function workspace(dir = tempDir()): Promise<string> {
  const db = path.join(dir, 'w.db');
  expect((await cli(['import', '--db', db, '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${GOOD}/jobs.csv`])).code).toBe(0);
  expect((await cli(['assign', '--db', db, '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-01-05'])).code).toBe(0);
  return db;
}

const leftovers = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.tmp'));

describe('a read-only workspace file', () => {
  it('opens read-only for export (again and again), says so, leaves no temp files; changes are refused plainly', async () => {
    const dir = tempDir();
    const db = await workspace(dir);
    const backups = listBackups(db).length;
    openUpFolder(dir, true);
    for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o444);
    fs.chmodSync(`${db}.backups`, 0o555);
    const env = { PLANWRIGHT_HOME: home };
    for (let i = 0; i < 2; i++) {
      const r = cliProcess(['export', '--db', db, '--what', 'diary', '--out', '-'], { unprivileged: true, env });
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain('J-1002,OP-001,2027-01-05');
      expect(r.err).toMatch(/read-only .*opened read-only/);
    }
    const w = cliProcess(['assign', '--db', db, '--job', 'J-1003', '--operative', 'OP-004', '--date', '2027-01-06'], {
      unprivileged: true,
      env,
    });
    expect(w.code).toBe(2);
    expect(w.err).toMatch(/The workspace .* is read-only .*nothing was changed/);
    expect(leftovers(dir)).toEqual([]);
    expect(listBackups(db)).toHaveLength(backups);
  });

  it('the app opens it in read-only mode: it browses, and refuses changes with a read-only message', async () => {
    const dir = tempDir();
    const db = await workspace(dir);
    openUpFolder(dir, true);
    for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o444);
    const host = await startHostProcess(db, path.join(home, 'renderer'), {
      mode: 'app',
      unprivileged: true,
      env: { PLANWRIGHT_HOME: home },
    });
    try {
      const list = await hostCall(host, 'diary/list', { from: '2027-01-01', to: '2027-01-31' });
      expect(list.status).toBe(200);
      const info = await hostCall(host, 'workspace/get-info', {});
      expect(info.body.result).toMatchObject({ readOnly: expect.stringMatching(/read-only/) });
      const move = await hostCall(host, 'diary/unassign-job', { ref: 'J-1002' });
      expect(move.status).toBe(503);
      expect(move.body.error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/open read-only.*Nothing was changed/) });
      const compare = await hostCall(host, 'scenario/compare', { a: 'base', b: 'base' });
      expect(compare.status).toBe(200);
    } finally {
      await host.stop();
    }
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('a read-only folder', () => {
  it('is read from a private copy (export works); changes are refused with a plain message, exit 2', async () => {
    const dir = tempDir();
    const db = await workspace(dir);
    fs.chmodSync(db, 0o666);
    openUpFolder(dir, false);
    const env = { PLANWRIGHT_HOME: home };
    const r = cliProcess(['export', '--db', db, '--what', 'diary', '--out', '-'], { unprivileged: true, env });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('J-1002');
    const w = cliProcess(['unassign', '--db', db, '--job', 'J-1002'], { unprivileged: true, env });
    expect(w.code).toBe(2);
    expect(w.err).toMatch(/folder of the workspace .* is read-only/);
    expect(w.err).not.toMatch(/SqliteError| {4}at /);
  });
});

describe('a full disk', () => {
  it('opening never depends on writing a backup: export and a small change still work, the failed backup is logged', async () => {
    const dir = tempDir();
    const db = await workspace(dir);
    for (let i = 0; i < 3; i++) await cli(['seed', '--db', db, '--operatives', '30', '--jobs', '600', '--seed', String(i + 2)]);
    const backups = listBackups(db).length;
    const blocks = Math.floor(fs.statSync(db).size / 512 / 2); // a backup (a full copy) cannot fit
    const env = { PLANWRIGHT_HOME: home };
    const r = cliProcess(['export', '--db', db, '--what', 'jobs', '--out', '-'], { fileSizeLimitBlocks: blocks, env });
    expect(r.code, r.err).toBe(0);
    const w = cliProcess(['unassign', '--db', db, '--job', 'J-1002'], { fileSizeLimitBlocks: blocks, env });
    expect(w.code, w.err).toBe(0);
    expect(w.out).toContain('Unscheduled J-1002');
    expect(listBackups(db)).toHaveLength(backups);
    expect(leftovers(dir)).toEqual([]);
    const log = fs
      .readdirSync(path.join(home, 'logs'))
      .map((f) => fs.readFileSync(path.join(home, 'logs', f), 'utf8'))
      .join('');
    expect(log).toMatch(/backup of .* on open failed; opened without it/);
  });
});

describe('a damaged workspace', () => {
  for (const [what, damage] of [
    ['truncated', (db: string) => fs.truncateSync(db, Math.floor(fs.statSync(db).size / 2))],
    [
      'a bad page',
      (db: string) => {
        const fd = fs.openSync(db, 'r+');
        fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 2);
        fs.closeSync(fd);
      },
    ],
  ] as const) {
    it(`(${what}) gets a plain message with what to do and exit 2; the stack trace goes to the log`, async () => {
      const db = await workspace();
      expect((await cli(['unassign', '--db', db, '--job', 'J-1002'])).code).toBe(0); // a checkpointed, backed-up file
      const [newest] = listBackups(db);
      for (const f of [`${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
      damage(db);
      const r = await cli(['export', '--db', db, '--what', 'jobs', '--out', '-']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^The workspace .* is damaged \(.+\)\. Nothing was changed\./);
      expect(r.err).toContain(`backup restore --db ${db} --from ${newest!.id}`);
      expect(r.err).not.toMatch(/Internal error|SqliteError| {4}at /);
      const logs = path.join(home, 'logs');
      const text = fs
        .readdirSync(logs)
        .map((f) => fs.readFileSync(path.join(logs, f), 'utf8'))
        .join('');
      expect(text).toContain(`opening ${db}: damaged`);
      expect(text).toMatch(/\n\s+at /); // the stack, kept for support
    });
  }

  it('an internal error (a bug) prints one line pointing at the log, exit 1', async () => {
    COMMANDS['test-bug'] = { help: '', run: async () => void JSON.parse('{not json') };
    try {
      const r = await cli(['test-bug']);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^Internal error: .+ \(details in .+planwright-\d{4}-\d{2}-\d{2}\.log\)$/);
      const log = /details in (.+)\)$/.exec(r.err)![1]!;
      expect(fs.readFileSync(log, 'utf8')).toMatch(/SyntaxError[^]*\n\s+at /);
    } finally {
      delete COMMANDS['test-bug'];
    }
  });
});

describe('SQLite files that are not Planwright workspaces', () => {
  it('are refused untouched — with or without a jobs table of their own', async () => {
    for (const sql of [
      "CREATE TABLE jobs (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO jobs VALUES (1, 'theirs')",
      'CREATE TABLE notes (t TEXT)',
    ]) {
      const file = path.join(tempDir(), 'other.db');
      const other = new Database(file);
      other.exec(sql);
      other.close();
      const before = fs.readFileSync(file);
      for (const args of [
        ['export', '--db', file, '--what', 'jobs', '--out', '-'],
        ['import', '--db', file, '--operatives', `${GOOD}/operatives.csv`],
        ['host', '--db', file],
      ]) {
        const r = await cli(args);
        expect(r.code, args[0]).toBe(2);
        expect(r.err).toMatch(/is an SQLite database, but not a Planwright workspace \(it holds .+\); nothing was changed/);
      }
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(fs.existsSync(`${file}.backups`)).toBe(false);
    }
  });

  it('another application’s marked file is refused without opening it', async () => {
    const file = path.join(tempDir(), 'marked.db');
    const other = new Database(file);
    other.pragma('application_id = 1234');
    other.exec('CREATE TABLE t (x)');
    other.close();
    const r = await cli(['packs', '--db', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/database of another application \(application_id 1234\)/);
  });

  it('workspaces are marked with application_id; an unmarked one with Planwright’s ledger still opens and gets marked', async () => {
    const db = await workspace();
    const read = () => {
      const d = new Database(db, { readonly: true });
      const id = d.pragma('application_id', { simple: true });
      d.close();
      return id;
    };
    expect(read()).toBe(APPLICATION_ID);
    const d = new Database(db);
    d.pragma('application_id = 0'); // as every workspace made before the mark
    d.close();
    expect(read()).toBe(0);
    const r = await cli(['unassign', '--db', db, '--job', 'J-1002']);
    expect(r.code, r.err).toBe(0);
    expect(read()).toBe(APPLICATION_ID);
  });
});
