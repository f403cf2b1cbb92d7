// A planning workspace's store: one SQLite file, its reader, and its undoable writer.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { openDatabase, type OpenedDatabase, type OpenOptions } from './database';
import { SqlCache } from './change-recorder';
import { History } from './history';
import { Reader } from './reader';
import { schemaVersion } from './migrate';
import { currentCommand } from './command';
import type { BackupInfo } from './backup';
import { logJobEventByCaller } from './events';

export class Store {
  readonly sql: SqlCache;
  readonly history: History;
  readonly read: Reader;

  readonly db: Database.Database;
  /** Why this store is read-only (browse, export, compare), or null when it takes writes. */
  readonly readOnly: string | null;
  /** The backup taken as it opened, if any; `backupError` says why one failed. */
  readonly openedWith: { backup: BackupInfo | null; backupError: unknown };
  private readonly snapshotDir: string | null;

  private constructor(
    opened: OpenedDatabase,
    readonly file: string,
    readonly now: () => string,
  ) {
    this.db = opened.db;
    this.readOnly = opened.readOnly;
    this.snapshotDir = opened.snapshotDir;
    this.openedWith = { backup: opened.backup, backupError: opened.backupError };
    this.sql = new SqlCache(this.db);
    this.history = new History(this.db, this.sql, now, (tables) => this.touch(tables));
    this.read = new Reader(this.db);
  }

  /** Opens (creating if needed) a workspace file; throws WorkspaceOpenError with a plain message when it must not. */
  static open(file: string, opts: OpenOptions = {}): Store {
    const clock = opts.now ?? (() => new Date().toISOString());
    // A write stamps the time of the command it is part of (replays write the same rows).
    const now = () => currentCommand()?.at ?? clock();
    return new Store(openDatabase(file, { ...opts, now: clock }), file, now);
  }

  /**
   * Changes whenever stored data changes: our own writes (counted here) and commits by other
   * connections to the same file (SQLite's data_version), e.g. the CLI while the app is open.
   */
  get version(): number {
    const external = this.db.pragma('data_version', { simple: true }) as number;
    return external * 1_000_000 + this.localWrites;
  }
  private localWrites = 0;
  private worldWrites = 0;
  /** Called after every committed write through this store, with the tables it wrote. */
  touch(tables?: ReadonlySet<string>): void {
    this.localWrites++;
    if (!tables || [...tables].some((t) => t !== 'diary_entries')) this.worldWrites++;
  }

  /**
   * Like `version`, but unchanged by diary moves: what the planning world is built from (jobs,
   * operatives, absences, flags, links, roster, settings). Lets a move skip rebuilding it.
   */
  get worldVersion(): number {
    const external = this.db.pragma('data_version', { simple: true }) as number;
    return external * 1_000_000 + this.worldWrites;
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  /** Appends to a job's event history (outside undo: history of what happened stays), by the caller. */
  logJobEvent(ref: string, kind: string, detail: unknown): void {
    logJobEventByCaller(this, ref, kind, detail);
  }

  close(): void {
    if (this.db.open) this.db.close();
    if (this.snapshotDir) fs.rmSync(this.snapshotDir, { recursive: true, force: true });
  }
}
