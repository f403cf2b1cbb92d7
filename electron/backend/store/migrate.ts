import type Database from 'better-sqlite3';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from './migrations';

export class NewerSchemaError extends Error {
  constructor(file: string, found: number) {
    super(
      `${file} was written by a newer Planwright (schema version ${found}; this build knows up to ${LATEST_SCHEMA_VERSION}). ` +
        `Open it with a newer Planwright; nothing was changed.`,
    );
    this.name = 'NewerSchemaError';
  }
}

/** Current schema version recorded in the ledger (0 for a new file). Reads only. */
export function schemaVersion(db: Database.Database): number {
  const ledger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!ledger) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies pending migrations, each in its own transaction; refuses a newer file. */
export function migrate(db: Database.Database, file: string, now: () => string): number {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) throw new NewerSchemaError(file, current);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  // Apply whatever the ledger lacks (not only versions above its maximum), so a migration merged
  // out of order on a development branch is never skipped.
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  for (const m of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
    if (isApplied.get(m.version)) continue;
    // IMMEDIATE: take the write lock up front, so a second process opening the same file waits
    // (busy timeout) instead of failing half-way; then look again, in case it just applied it.
    db.transaction(() => {
      if (isApplied.get(m.version)) return;
      db.exec(m.sql);
      record.run(m.version, m.name, now());
    }).immediate();
  }
  return LATEST_SCHEMA_VERSION;
}
