// Which tables a team shares, their content hash, and the rebase's copy of a confirmed state
// into the live file. Local tables stay out: the migration ledger, what-if scenarios, published
// pack versions (made and signed per machine), and the team tables themselves.
import { createHash } from 'node:crypto';
import type { Store } from '../store';

const LOCAL_TABLES = new Set([
  'schema_migrations',
  'scenarios',
  'fork_rows',
  'plan_pack_versions',
  'plan_pack_entries',
  'team_link',
  'team_outbox',
  'team_applied',
]);

export function syncedTables(store: Store, schema = 'main'): string[] {
  const rows = store.db
    .prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  return rows.map((r) => r.name).filter((n) => !LOCAL_TABLES.has(n));
}

function columnsOf(store: Store, table: string, schema = 'main'): string[] {
  return (store.db.prepare(`PRAGMA ${schema}.table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}

/** A hash of every shared row (columns by name, rows in a total order): equal plans, equal hashes. */
export function contentHash(store: Store): string {
  const h = createHash('sha256');
  for (const t of syncedTables(store)) {
    const cols = columnsOf(store, t).sort();
    const list = cols.map((c) => `"${c}"`).join(', ');
    h.update(`\u0001${t}\u0002${cols.join(',')}`);
    for (const row of store.db.prepare(`SELECT ${list} FROM "${t}" ORDER BY ${list}`).raw().iterate()) h.update(JSON.stringify(row));
  }
  return h.digest('hex');
}

/**
 * Replaces every shared row of `store` with those of the workspace file `from`, in one
 * transaction (the live file is never seen half-copied). Local tables are left as they are.
 */
export function copySharedRowsFrom(store: Store, from: string): void {
  store.db.prepare('ATTACH DATABASE ? AS confirmed').run(from);
  try {
    store.db.transaction(() => {
      store.db.pragma('defer_foreign_keys = ON');
      const tables = syncedTables(store);
      for (const t of tables) {
        const list = columnsOf(store, t)
          .map((c) => `"${c}"`)
          .join(', ');
        store.db.prepare(`DELETE FROM main."${t}"`).run();
        store.db.prepare(`INSERT INTO main."${t}" (${list}) SELECT ${list} FROM confirmed."${t}"`).run();
      }
      const marks = tables.map(() => '?').join(', ');
      store.db.prepare(`DELETE FROM main.sqlite_sequence WHERE name IN (${marks})`).run(...tables);
      store.db
        .prepare(`INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM confirmed.sqlite_sequence WHERE name IN (${marks})`)
        .run(...tables);
    })();
  } finally {
    store.db.prepare('DETACH DATABASE confirmed').run();
  }
  // Every cached view of the plan is now stale.
  store.touch();
}

/** Does the workspace hold a plan already (jobs or operatives)? A workstation joins an empty one. */
export function holdsPlan(store: Store): boolean {
  const row = store.db.prepare('SELECT (SELECT COUNT(*) FROM jobs) + (SELECT COUNT(*) FROM operatives) AS n').get() as { n: number };
  return row.n > 0;
}
