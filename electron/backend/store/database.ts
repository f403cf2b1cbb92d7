// Opens one workspace file with the durability settings the product promises:
// WAL for concurrent readers, synchronous=FULL so an acknowledged edit survives a crash.
import Database from 'better-sqlite3';
import { migrate } from './migrate';

export interface OpenOptions {
  /** Path of a better-sqlite3 build for another ABI (the Electron app), see electron/shell/native-binding. */
  nativeBinding?: string;
  readonly?: boolean;
  now?: () => string;
}

export function openDatabase(file: string, opts: OpenOptions = {}): Database.Database {
  const db = new Database(file, {
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    readonly: opts.readonly ?? false,
  });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file, opts.now ?? (() => new Date().toISOString()));
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
