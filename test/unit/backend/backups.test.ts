// Backups that protect instead of destroying themselves: taken only of a sound file and only
// when opened for work, kept by age, listed and restored from the CLI; a damaged or emptied
// workspace is refused with a message naming the newest good backup.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, KEEP_DAYS, KEEP_LAST, KEEP_WEEKS, MAX_KEPT } from '../../../electron/backend/store/backup-retention';
import { listBackups, passesQuickCheck } from '../../../electron/backend/store/backup';
import { openWorkspace } from '../../../electron/backend/workspace';
import { cli } from '../cli-harness';
import { GOOD, tempDir } from './temp-workspace';

const DAY = 24 * 3600 * 1000;

async function workspaceWithBackup(): Promise<{ db: string; dir: string }> {
  const dir = tempDir();
  const db = path.join(dir, 'w.db');
  expect((await cli(['import', '--db', db, '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${GOOD}/jobs.csv`])).code).toBe(0);
  expect((await cli(['assign', '--db', db, '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-01-05'])).code).toBe(0);
  return { db, dir };
}

/** Overwrites bytes in the middle of the file: a bad page, as a failing disk leaves it. */
function damagePage(db: string): void {
  const fd = fs.openSync(db, 'r+');
  const size = fs.fstatSync(fd).size;
  fs.writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(size / 4096 / 2) * 4096);
  fs.closeSync(fd);
}

describe('backup generations by age', () => {
  it('keeps the last 5, one per day for 7 days and one per week for 5 weeks — never more than 17', () => {
    // Ten weeks of a planner opening the workspace four times a working day.
    const start = Date.UTC(2027, 0, 4, 8);
    let backups: { id: string; at: Date }[] = [];
    const taken: string[] = [];
    let now = new Date(start);
    for (let d = 0; d < 70; d++) {
      if (new Date(start + d * DAY).getUTCDay() % 6 === 0) continue; // weekend
      for (let k = 0; k < 4; k++) {
        now = new Date(start + d * DAY + k * 2 * 3600 * 1000);
        backups.push({ id: now.toISOString(), at: now });
        taken.push(now.toISOString());
        const keep = backupsToKeep(backups, now);
        backups = backups.filter((b) => keep.has(b.id));
        expect(backups.length).toBeLessThanOrEqual(MAX_KEPT);
      }
    }
    const ages = backups.map((b) => (now.getTime() - b.at.getTime()) / DAY).sort((a, b) => a - b);
    // The newest 5 opens are all kept.
    const kept = new Set(backups.map((b) => b.id));
    expect(taken.slice(-KEEP_LAST).every((id) => kept.has(id))).toBe(true);
    // Something from each of the last working days, and a month back in weekly steps.
    const days = new Set(backups.map((b) => b.at.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(KEEP_DAYS - 2); // 7 calendar days hold 5 working days
    expect(Math.max(...ages)).toBeGreaterThan((KEEP_WEEKS - 1) * 7 - 1);
    expect(backups.length).toBe(new Set(backups.map((b) => b.id)).size);
  });

  it('a bad week of opens cannot push out the older generations', () => {
    const now = new Date(Date.UTC(2027, 2, 1, 12));
    // A Monday noon: the storm fills this week; the four weeks before keep one backup each.
    const month = [1, 8, 15, 22].map((age) => ({ id: `${age} days old`, at: new Date(now.getTime() - age * DAY) }));
    const storm = Array.from({ length: 50 }, (_, i) => ({ id: `storm-${i}`, at: new Date(now.getTime() - i * 600_000) }));
    const keep = backupsToKeep([...month, ...storm], now);
    for (const b of month) expect(keep.has(b.id), b.id).toBe(true);
    expect(keep.size).toBeLessThanOrEqual(MAX_KEPT);
  });
});

describe('backups on open', () => {
  it('are taken only when a command opens the workspace for work, never by read-only commands', async () => {
    const { db, dir } = await workspaceWithBackup();
    const before = listBackups(db).length;
    expect(before).toBe(1); // the assign's open (the import created the file)
    for (const args of [
      ['export', '--db', db, '--what', 'jobs', '--out', path.join(dir, 'jobs.csv')],
      ['packs', '--db', db],
      ['capacity', '--db', db, '--from', '2027-01-04', '--to', '2027-01-08'],
      ['scenario', 'list', '--db', db],
      ['backup', 'list', '--db', db],
    ]) {
      expect((await cli(args)).code, args.join(' ')).toBe(0);
    }
    expect(listBackups(db)).toHaveLength(before);
    expect((await cli(['unassign', '--db', db, '--job', 'J-1002'])).code).toBe(0);
    expect(listBackups(db)).toHaveLength(before + 1);
  });

  it('a damaged workspace is refused (exit 2, plain message naming the newest good backup) and never backed up', async () => {
    const { db, dir } = await workspaceWithBackup();
    const good = listBackups(db);
    damagePage(db);
    for (let i = 0; i < 6; i++) {
      const r = await cli(['export', '--db', db, '--what', 'jobs', '--out', path.join(dir, 'jobs.csv')]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`is damaged`);
      expect(r.err).toContain(`The newest good backup is ${good[0]!.id}`);
      expect(r.err).toContain(`backup restore --db ${db} --from ${good[0]!.id}`);
      expect(r.err).not.toMatch(/SqliteError| {4}at /);
      const w = await cli(['assign', '--db', db, '--job', 'J-1003', '--operative', 'OP-004', '--date', '2027-01-06']);
      expect(w.code).toBe(2);
    }
    expect(listBackups(db).map((b) => b.id)).toEqual(good.map((b) => b.id));
    expect(passesQuickCheck(good[0]!.file)).toBe(true);
  });

  it('an emptied (0-byte) workspace is refused, not opened as a new one, and stays 0 bytes', async () => {
    const { db } = await workspaceWithBackup();
    const [newest] = listBackups(db);
    fs.truncateSync(db, 0);
    for (const f of [`${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
    for (const args of [
      ['packs', '--db', db],
      ['seed', '--db', db, '--jobs', '5'],
      ['import', '--db', db, '--operatives', `${GOOD}/operatives.csv`],
    ]) {
      const r = await cli(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.err).toContain('is empty (0 bytes)');
      expect(r.err).toContain(`The newest good backup is ${newest!.id}`);
    }
    expect(fs.statSync(db).size).toBe(0);
  });
});

describe('planwright backup list / restore', () => {
  it('lists backups newest first, checked; restores one, keeping the file it replaces', async () => {
    const { db } = await workspaceWithBackup();
    expect((await cli(['unassign', '--db', db, '--job', 'J-1002'])).code).toBe(0);
    const [newest, older] = listBackups(db);
    const list = await cli(['backup', 'list', '--db', db]);
    expect(list.code).toBe(0);
    const lines = list.out.split('\n');
    expect(lines[0]).toBe('id\ttaken\tsize\tcheck\tkind');
    expect(lines[1]).toMatch(new RegExp(`^${newest!.id}\\t.+\\tok\\ton open$`));
    expect(lines[2]).toMatch(new RegExp(`^${older!.id}\\t`));

    damagePage(db);
    const r = await cli(['backup', 'restore', '--db', db]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`Restored backup ${newest!.id}`);
    expect(r.out).toMatch(/The file it replaced is kept as backup \S+ \(damaged copy/);
    // The restored workspace opens: J-1002 was placed when that backup was taken.
    const exported = await cli(['export', '--db', db, '--what', 'diary', '--out', '-']);
    expect(exported.code).toBe(0);
    expect(listBackups(db).filter((b) => b.kind === 'damaged')).toHaveLength(1);

    // Restoring a sound workspace keeps it as a proper backup first.
    const again = await cli(['backup', 'restore', '--db', db, '--from', older!.id]);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toMatch(/kept as backup \S+ \(before a restore\)/);
    const aside = listBackups(db).find((b) => b.kind === 'before-restore')!;
    expect(passesQuickCheck(aside.file)).toBe(true);
  });

  it('refuses to restore while the workspace is open elsewhere, an unknown id, or when there are no backups', async () => {
    const { db } = await workspaceWithBackup();
    const ws = await openWorkspace(db, { backup: false });
    try {
      const busy = await cli(['backup', 'restore', '--db', db]);
      expect(busy.code).toBe(2);
      expect(busy.err).toMatch(/is in use .*close it, then restore/);
    } finally {
      ws.close();
    }
    const unknown = await cli(['backup', 'restore', '--db', db, '--from', '1999-01-01']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/No backup 1999-01-01/);
    const none = await cli(['backup', 'restore', '--db', path.join(tempDir(), 'nothing.db')]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/There are no backups/);
  });

  it('a backup is a self-contained file (no journal needed beside it)', async () => {
    const { db } = await workspaceWithBackup();
    const [b] = listBackups(db);
    const copy = new Database(b!.file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });
});
