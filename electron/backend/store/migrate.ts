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

/** Current schema version recorded in the ledger (0 for a new file). */
export function schemaVersion(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies pending migrations, each in its own transaction; refuses a newer file. */
export function migrate(db: Database.Database, file: string, now: () => string): number {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) throw new NewerSchemaError(file, current);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  // Apply whatever the ledger lacks (not only versions above its maximum), so a migration merged
  // out of order on a development branch is never skipped.
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  for (const m of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, now());
    })();
  }
  return LATEST_SCHEMA_VERSION;
}
