// Backups of a workspace in `<file>.backups/`, taken when a workspace is opened for work and
// has just passed `PRAGMA quick_check` (never from a damaged file, never by read-only
// commands), kept by age (backup-retention.ts). Each is a compact, self-contained SQLite file
// (VACUUM INTO, rollback journal) written to a temp name, fsynced and renamed: a crash or a
// full disk leaves no half copy, and a failure never stops the workspace from opening.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupsToKeep } from './backup-retention';

export { MAX_KEPT as BACKUPS_KEPT } from './backup-retention';

export type BackupKind = 'open' | 'before-restore' | 'damaged';

export interface BackupInfo {
  /** Stable id: the UTC time it was taken, e.g. 2027-01-04T09-15-02-123Z (what `--from` takes). */
  id: string;
  file: string;
  at: Date;
  bytes: number;
  kind: BackupKind;
}

export function backupDir(dbFile: string): string {
  return `${dbFile}.backups`;
}

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?)(\.before-restore)?\.(bak|damaged)$/;

function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

function dateOf(id: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(id)!;
  return new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
}

/** Every backup of `dbFile`, newest first. */
export function listBackups(dbFile: string): BackupInfo[] {
  const dir = backupDir(dbFile);
  const base = path.basename(dbFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    if (!name.startsWith(`${base}.`)) continue;
    const m = NAME.exec(name.slice(base.length + 1));
    if (!m) continue;
    const file = path.join(dir, name);
    let bytes: number;
    try {
      bytes = fs.statSync(file).size;
    } catch {
      continue;
    }
    const kind: BackupKind = m[3] === 'damaged' ? 'damaged' : m[2] ? 'before-restore' : 'open';
    out.push({ id: m[1]!, file, at: dateOf(m[1]!), bytes, kind });
  }
  return out.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
}

function freshTarget(dbFile: string, at: Date, suffix: string): { id: string; file: string } {
  const dir = backupDir(dbFile);
  const base = path.basename(dbFile);
  const stamp = stampOf(at);
  let id = stamp;
  for (let i = 1; fs.existsSync(path.join(dir, `${base}.${id}${suffix}`)); i++) id = `${stamp}-${i}`;
  return { id, file: path.join(dir, `${base}.${id}${suffix}`) };
}

export interface TakeOptions {
  now?: Date;
  kind?: 'open' | 'before-restore';
  nativeBinding?: string;
}

/**
 * Copies the open workspace `db` into a new backup and prunes old ones by age.
 * Throws on failure (the caller decides whether that matters); never leaves a temp file.
 */
export function takeBackup(db: Database.Database, dbFile: string, opts: TakeOptions = {}): BackupInfo {
  const now = opts.now ?? new Date();
  fs.mkdirSync(backupDir(dbFile), { recursive: true });
  const { id, file } = freshTarget(dbFile, now, opts.kind === 'before-restore' ? '.before-restore.bak' : '.bak');
  const tmp = `${file}.tmp`;
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    // A plain rollback-journal file: readable (and checkable) even where no -shm can be made.
    const copy = new Database(tmp, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fsyncFile(tmp);
    fs.renameSync(tmp, file);
    fsyncDir(path.dirname(file));
  } catch (e) {
    for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
    throw e;
  }
  pruneBackups(dbFile, now);
  return { id, file, at: now, bytes: fs.statSync(file).size, kind: opts.kind ?? 'open' };
}

/** Keeps a raw copy of a damaged or emptied workspace before a restore replaces it (for support). */
export function setAsideDamaged(dbFile: string, now = new Date()): BackupInfo | null {
  if (!fs.existsSync(dbFile)) return null;
  fs.mkdirSync(backupDir(dbFile), { recursive: true });
  const { id, file } = freshTarget(dbFile, now, '.damaged');
  fs.copyFileSync(dbFile, file);
  if (fs.existsSync(`${dbFile}-wal`)) fs.copyFileSync(`${dbFile}-wal`, `${file}-wal`);
  pruneBackups(dbFile, now);
  return { id, file, at: now, bytes: fs.statSync(file).size, kind: 'damaged' };
}

const DAMAGED_KEPT = 3;

/** Applies the age policy to good backups; keeps the newest DAMAGED_KEPT damaged copies. */
export function pruneBackups(dbFile: string, now = new Date()): void {
  const all = listBackups(dbFile);
  const good = all.filter((b) => b.kind !== 'damaged');
  const keep = backupsToKeep(good, now);
  const damaged = all.filter((b) => b.kind === 'damaged');
  const drop = [...good.filter((b) => !keep.has(b.id)), ...damaged.slice(DAMAGED_KEPT)];
  for (const b of drop) for (const f of [b.file, `${b.file}-wal`]) fs.rmSync(f, { force: true });
}

/** True when `file` opens as SQLite and passes quick_check (read-only; nothing is written). */
export function passesQuickCheck(file: string, nativeBinding?: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = db.pragma('quick_check(1)', { simple: false }) as { quick_check: string }[];
    return rows.length === 1 && rows[0]!.quick_check === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** The newest backup that still passes quick_check, or null. */
export function newestGoodBackup(dbFile: string, nativeBinding?: string): BackupInfo | null {
  for (const b of listBackups(dbFile)) {
    if (b.kind !== 'damaged' && passesQuickCheck(b.file, nativeBinding)) return b;
  }
  return null;
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable; some platforms (Windows) cannot open a folder: best effort there. */
export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // not supported here
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
