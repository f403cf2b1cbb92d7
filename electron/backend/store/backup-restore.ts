// Restoring a backup over a workspace: refused while anything else has the workspace open;
// what it replaces is kept first (a proper backup when sound, a raw copy when damaged or
// emptied); the backup is copied to a temp name, fsynced and renamed into place, and a stale
// journal of the replaced file is removed so SQLite cannot replay it onto the restored one.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { fsyncDir, fsyncFile, listBackups, passesQuickCheck, setAsideDamaged, takeBackup, type BackupInfo } from './backup';
import { APPLICATION_ID } from './workspace-file';

export interface RestoreResult {
  restored: BackupInfo;
  /** What the restore replaced, kept beside the backups (null when there was no file). */
  setAside: BackupInfo | null;
}

/** Finds a restorable backup by id (or a unique prefix of one); without an id, the newest good one. */
export function chooseBackup(dbFile: string, from: string | undefined, nativeBinding?: string): BackupInfo {
  const restorable = listBackups(dbFile).filter((b) => b.kind !== 'damaged');
  if (restorable.length === 0) throw new ApiError('NOT_FOUND', `There are no backups of ${dbFile} (looked in ${dbFile}.backups/)`);
  if (from === undefined) {
    const good = restorable.find((b) => passesQuickCheck(b.file, nativeBinding));
    if (!good) throw new ApiError('NOT_FOUND', `None of the ${restorable.length} backups of ${dbFile} passes quick_check`);
    return good;
  }
  const exact = restorable.find((b) => b.id === from);
  const matches = exact ? [exact] : restorable.filter((b) => b.id.startsWith(from));
  if (matches.length === 0)
    throw new ApiError('NOT_FOUND', `No backup ${from} of ${dbFile}; "planwright backup list --db ${dbFile}" lists them`);
  if (matches.length > 1)
    throw new ApiError(
      'VALIDATION',
      `"${from}" matches ${matches.length} backups (${matches.map((b) => b.id).join(', ')}); give more of the id`,
    );
  return matches[0]!;
}

export function restoreBackup(dbFile: string, opts: { from?: string; nativeBinding?: string; now?: Date } = {}): RestoreResult {
  const backup = chooseBackup(dbFile, opts.from, opts.nativeBinding);
  if (!passesQuickCheck(backup.file, opts.nativeBinding) || !isWorkspace(backup.file, opts.nativeBinding)) {
    throw new ApiError('CONFLICT', `Backup ${backup.id} is damaged too (it fails quick_check); choose another one`);
  }
  const binding = opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {};
  const lock = lockExclusively(dbFile, binding);
  let setAside: BackupInfo | null = null;
  try {
    if (lock && soundWorkspace(lock))
      setAside = takeBackup(lock, dbFile, { kind: 'before-restore', ...binding, ...(opts.now ? { now: opts.now } : {}) });
  } finally {
    lock?.close(); // the last connection checkpoints and removes its journal
  }
  if (!setAside) setAside = setAsideDamaged(dbFile, opts.now);
  const tmp = `${dbFile}.restore-${process.pid}.tmp`;
  try {
    fs.copyFileSync(backup.file, tmp);
    fsyncFile(tmp);
    for (const f of [`${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
    fs.renameSync(tmp, dbFile);
    fsyncDir(path.dirname(path.resolve(dbFile)));
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return { restored: backup, setAside };
}

/**
 * Holds the workspace so no other connection can use it meanwhile; refuses when one already
 * does (a running app, host or command). Null when the file is missing or too damaged to lock.
 */
function lockExclusively(dbFile: string, binding: { nativeBinding?: string }): Database.Database | null {
  if (!fs.existsSync(dbFile) || fs.statSync(dbFile).size === 0) return null;
  let db: Database.Database;
  try {
    db = new Database(dbFile, { timeout: 0, fileMustExist: true, ...binding });
  } catch {
    return null;
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return db;
  } catch (e) {
    db.close();
    const code = String((e as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new ApiError(
        'CONFLICT',
        `${dbFile} is in use (the app, a host or a command has it open): close it, then restore. Nothing was changed.`,
      );
    }
    return null;
  }
}

function soundWorkspace(db: Database.Database): boolean {
  try {
    const rows = db.pragma('quick_check(1)') as { quick_check: string }[];
    return rows[0]?.quick_check === 'ok' && hasWorkspaceMark(db);
  } catch {
    return false;
  }
}

function isWorkspace(file: string, nativeBinding?: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return hasWorkspaceMark(db);
  } finally {
    db.close();
  }
}

function hasWorkspaceMark(db: Database.Database): boolean {
  if ((db.pragma('application_id', { simple: true }) as number) === APPLICATION_ID) return true;
  const ledger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  return !!ledger && !!db.prepare("SELECT 1 FROM schema_migrations WHERE version = 1 AND name = 'initial domain model'").get();
}
