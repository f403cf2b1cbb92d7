// Row fingerprints of the plan tables: taken of the live plan at a fork, compared at promote.
import { createHash } from 'node:crypto';
import { TEAM_ROW_TABLES } from '../../../shared/api/areas/team';
import type { Store } from './store';
import { TABLES, type Row, type TableName } from './tables';

/** Everything a scenario may change (the issue: diary, jobs, absences, flags, shifts) — the tables a team whole-plan change may write. */
export const PLAN_TABLES: readonly TableName[] = TEAM_ROW_TABLES;

export function rowKey(table: TableName, row: Row): string {
  return TABLES[table].key.map((k) => String(row[k])).join('\u0001');
}

export function rowHash(row: Row): string {
  return createHash('sha256').update(JSON.stringify(row)).digest('base64url');
}

export function tableRows(store: Store, table: TableName): Map<string, Row> {
  const rows = store.db.prepare(`SELECT * FROM ${table}`).all() as Row[];
  return new Map(rows.map((r) => [rowKey(table, r), r]));
}

/** Writes the live plan's row hashes into the scenario file (inside its transaction). */
export function recordForkRows(base: Store, scenario: Store): void {
  const insert = scenario.db.prepare('INSERT INTO fork_rows (tbl, key, hash) VALUES (?, ?, ?)');
  scenario.db.prepare('DELETE FROM fork_rows').run();
  for (const t of PLAN_TABLES) for (const [key, row] of tableRows(base, t)) insert.run(t, key, rowHash(row));
}

export function forkRows(scenario: Store, table: TableName): Map<string, string> {
  const rows = scenario.db.prepare('SELECT key, hash FROM fork_rows WHERE tbl = ?').all(table) as { key: string; hash: string }[];
  return new Map(rows.map((r) => [r.key, r.hash]));
}
