// Prepared statements for the actuals SQL, built once per connection: an import of 50,000 rows
// runs the same few queries tens of thousands of times, and preparing is the expensive part.
import type Database from 'better-sqlite3';
import type { Store } from '../store';

const byDb = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function stmt(store: Store, sql: string): Database.Statement {
  let cache = byDb.get(store.db);
  if (!cache) byDb.set(store.db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) {
    s = store.db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}
