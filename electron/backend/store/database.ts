// Opens one workspace file, refusing what it must not touch and opening read-only what it
// cannot write. In order: an emptied (0-byte) or non-SQLite file is refused from its bytes;
// a foreign application_id is refused unopened; then SQLite checks that it is Planwright's
// (mark or ledger) and sound (quick_check). Writable files get the durability settings the
// product promises (WAL, synchronous=FULL, busy timeout), an optional backup, migrations and
// the application_id mark. Opening never depends on the backup succeeding.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newestGoodBackup, takeBackup, type BackupInfo } from './backup';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migrate, NewerSchemaError, schemaVersion } from './migrate';
import { restoreAdvice, WorkspaceOpenError } from './open-errors';
import { storageProblem } from './sqlite-errors';
import { APPLICATION_ID, inspectWorkspaceFile, type WorkspaceFileFacts } from './workspace-file';

/** How long a writer waits for another process's write lock before the call fails with CONFLICT. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** Path of a better-sqlite3 build for another ABI (the Electron app), see electron/shell/native-binding. */
  nativeBinding?: string;
  now?: () => string;
  /** 'write' (default): the caller will make changes; 'read': browse or export only, never backed up. */
  intent?: 'read' | 'write';
  /** When the file or its folder cannot be written: open it read-only (true) or refuse (false, default). */
  readOnlyFallback?: boolean;
  /** Create the file when it does not exist (default true). */
  create?: boolean;
  /** Back the file up (when writable and sound) before migrating it. */
  backup?: boolean;
}

export interface OpenedDatabase {
  db: Database.Database;
  /** Why the workspace is open read-only, or null when it can be written. */
  readOnly: string | null;
  /** A private copy the read-only connection reads, when SQLite could not read in place. */
  snapshotDir: string | null;
  backup: BackupInfo | null;
  /** Why the backup on open failed (opening went on without it). */
  backupError: unknown;
}

export function openDatabase(file: string, opts: OpenOptions = {}): OpenedDatabase {
  const facts = inspectWorkspaceFile(file);
  refuseFromBytes(file, facts, opts);
  const writable = facts.exists ? facts.fileWritable && facts.folderWritable : facts.folderWritable;
  const readOnly = writable ? null : readOnlyReason(file, facts);
  if (readOnly && !opts.readOnlyFallback) {
    throw new WorkspaceOpenError('read-only', file, `${readOnly}: nothing was changed. ${READ_ONLY_REMEDY}`);
  }
  const bindingOpts = opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {};
  const { db, snapshotDir } = readOnly
    ? connectReadOnly(file, opts.nativeBinding)
    : { db: new Database(file, bindingOpts), snapshotDir: null };
  try {
    checkIdentity(db, file, facts);
    checkSound(db, file, opts.nativeBinding);
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (readOnly) {
      db.pragma('query_only = ON');
      checkReadableSchema(db, file);
      return { db, readOnly, snapshotDir, backup: null, backupError: null };
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    let backup: BackupInfo | null = null;
    let backupError: unknown = null;
    if (opts.backup && (opts.intent ?? 'write') === 'write' && facts.exists) {
      try {
        backup = takeBackup(db, file, bindingOpts);
      } catch (e) {
        backupError = e;
      }
    }
    migrate(db, file, opts.now ?? (() => new Date().toISOString()));
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
    return { db, readOnly: null, snapshotDir: null, backup, backupError };
  } catch (e) {
    db.close();
    if (snapshotDir) fs.rmSync(snapshotDir, { recursive: true, force: true });
    if (storageProblem(e) === 'damaged') throw damaged(file, e, opts.nativeBinding);
    throw e;
  }
}

const READ_ONLY_REMEDY =
  'Commands that only read (export, capacity, packs, scenario list and compare) still work, and the app opens it read-only; to change it, make the file and its folder writable.';

function readOnlyReason(file: string, facts: WorkspaceFileFacts): string {
  if (facts.exists && !facts.fileWritable) return `The workspace ${file} is read-only (its permissions do not let Planwright write it)`;
  return `The folder of the workspace ${file} is read-only (Planwright keeps its journal beside the workspace, so it cannot save there)`;
}

/** Refusals decided from the file's bytes alone, before SQLite opens it. */
function refuseFromBytes(file: string, facts: WorkspaceFileFacts, opts: OpenOptions): void {
  if (!facts.exists) {
    if (opts.create === false) throw new WorkspaceOpenError('missing', file, `No workspace at ${file}`);
    return;
  }
  if (!facts.isFile)
    throw new WorkspaceOpenError('foreign', file, `${file} is not a file, so it is not a Planwright workspace; nothing was changed.`);
  if (facts.bytes === 0 && facts.walBytes === 0) {
    const backup = newestGoodBackup(file, opts.nativeBinding);
    throw new WorkspaceOpenError(
      'empty',
      file,
      `The workspace ${file} is empty (0 bytes): its contents are gone. Nothing was changed. ${restoreAdvice(file, backup)}` +
        ' Or delete the file to start a new, empty workspace.',
      backup,
    );
  }
  if (facts.bytes > 0 && !facts.sqliteHeader) {
    // Planwright made backups of it, so it was a workspace once: damaged, not foreign.
    if (newestGoodBackup(file, opts.nativeBinding)) throw damaged(file, new Error('the SQLite header is missing'), opts.nativeBinding);
    throw new WorkspaceOpenError('foreign', file, `${file} is not a Planwright workspace (not a database at all); nothing was changed.`);
  }
  if (facts.shortHeader) throw damaged(file, new Error('the file is shorter than an SQLite header'), opts.nativeBinding);
  if (facts.applicationId !== 0 && facts.applicationId !== APPLICATION_ID) {
    throw new WorkspaceOpenError(
      'foreign',
      file,
      `${file} is a database of another application (application_id ${facts.applicationId}), not a Planwright workspace; nothing was changed.`,
    );
  }
}

/** Unmarked files must carry Planwright's ledger (workspaces made before the mark) or be empty SQLite. */
function checkIdentity(db: Database.Database, file: string, facts: WorkspaceFileFacts): void {
  if (facts.applicationId === APPLICATION_ID) return;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );
  if (tables.length === 0) return;
  if (tables.includes('schema_migrations')) {
    const first = db.prepare('SELECT name FROM schema_migrations WHERE version = 1').get() as { name: string } | undefined;
    if (first?.name === 'initial domain model') return;
  }
  const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? `, … (${tables.length} tables)` : '');
  throw new WorkspaceOpenError(
    'foreign',
    file,
    `${file} is an SQLite database, but not a Planwright workspace (it holds ${shown}); nothing was changed. Choose a Planwright workspace file.`,
  );
}

function checkSound(db: Database.Database, file: string, nativeBinding: string | undefined): void {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  if (rows.length === 1 && rows[0]!.quick_check === 'ok') return;
  throw damaged(file, new Error(`quick_check: ${rows.map((r) => r.quick_check).join('; ')}`), nativeBinding);
}

function checkReadableSchema(db: Database.Database, file: string): void {
  const found = schemaVersion(db);
  if (found > LATEST_SCHEMA_VERSION) throw new NewerSchemaError(file, found);
  if (found < LATEST_SCHEMA_VERSION) {
    throw new WorkspaceOpenError(
      'needs-upgrade',
      file,
      `The workspace ${file} was made by an older Planwright and must be upgraded once, which needs write access; it is read-only, so nothing was changed. Make it writable and open it again.`,
    );
  }
}

function damaged(file: string, cause: unknown, nativeBinding: string | undefined): WorkspaceOpenError {
  const backup = newestGoodBackup(file, nativeBinding);
  const why = (cause as Error)?.message ?? String(cause);
  return new WorkspaceOpenError(
    'damaged',
    file,
    `The workspace ${file} is damaged (${why}). Nothing was changed. ${restoreAdvice(file, backup)}`,
    backup,
    cause,
  );
}

/**
 * A read-only connection. SQLite reads a WAL file in place only where it can keep the shared
 * index beside it; in a read-only folder without one, read a private copy instead.
 */
function connectReadOnly(file: string, nativeBinding: string | undefined): { db: Database.Database; snapshotDir: string | null } {
  const binding = nativeBinding ? { nativeBinding } : {};
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...binding });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return { db, snapshotDir: null };
  } catch (e) {
    db?.close();
    const code = String((e as { code?: unknown }).code ?? '');
    if (code !== 'SQLITE_READONLY_DIRECTORY' && code !== 'SQLITE_CANTOPEN' && !code.startsWith('SQLITE_READONLY')) throw e;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-readonly-'));
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  return { db: new Database(copy, { readonly: true, fileMustExist: true, ...binding }), snapshotDir: dir };
}
