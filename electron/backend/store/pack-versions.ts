// Published versions in the store: written once (plan_pack_* tables, guarded by triggers) and
// read for the history, the hash chain and diffs.
import { ApiError } from '../../../shared/api/errors';
import type { ChangeSet, FrozenEntry } from '../../../shared/pack';
import type { Store } from './store';
import { JOURNAL_TABLES, columnList } from './tables';

export interface VersionRow {
  version: number;
  pack_id: string;
  from_date: string;
  to_date: string;
  scenario: string | null;
  created_at: string;
  created_by: string;
  app_version: string;
  key_id: string;
  manifest_sha256: string;
  prev_sha256: string | null;
  manifest: string;
  signature: string;
  plan: string;
  changes: string;
  overrides: string;
  job_count: number;
  operative_count: number;
  file_count: number;
  out_path: string;
  zip_path: string | null;
}

export type VersionSummary = Omit<VersionRow, 'manifest' | 'signature' | 'plan' | 'changes' | 'overrides'> & {
  changes: ChangeSet['summary'];
  override_count: number;
};

/** Every column but the large texts (manifest, signature, plan). */
const SUMMARY_COLUMNS = columnList(JOURNAL_TABLES.plan_pack_versions, ['manifest', 'signature', 'plan']);
const ENTRY_COLUMNS = JOURNAL_TABLES.plan_pack_entries.columns;

export function listVersions(store: Store): VersionSummary[] {
  return (store.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM plan_pack_versions ORDER BY version DESC`).all() as VersionRow[]).map(toSummary);
}

export function latestVersion(store: Store): VersionSummary | undefined {
  const row = store.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM plan_pack_versions ORDER BY version DESC LIMIT 1`).get() as
    VersionRow | undefined;
  return row && toSummary(row);
}

export function getVersion(store: Store, version: number): VersionRow | undefined {
  return store.db.prepare('SELECT * FROM plan_pack_versions WHERE version = ?').get(version) as VersionRow | undefined;
}

export function frozenEntries(store: Store, version: number): FrozenEntry[] {
  return store.db
    .prepare(
      'SELECT job_ref AS ref, operative_id, date, sequence, start_at AS start, end_at AS "end" FROM plan_pack_entries WHERE version = ? ORDER BY date, operative_id, sequence',
    )
    .all(version) as FrozenEntry[];
}

/**
 * Writes version `row.version` and its frozen diary in one transaction that takes the write lock
 * first, so the check that it follows the latest version holds until commit (another process may
 * have published meanwhile: the chain must not fork). `beforeCommit` runs last inside it (the
 * pack folder's rename), so the rows and the files land together or not at all.
 */
export function commitVersion(store: Store, row: VersionRow, entries: readonly FrozenEntry[], beforeCommit: () => void): void {
  store.db
    .transaction(() => {
      if ((latestVersion(store)?.version ?? 0) !== row.version - 1)
        throw new ApiError('CONFLICT', `Version ${row.version} was published elsewhere meanwhile; nothing was published (try again)`);
      insertVersion(store, row, entries);
      beforeCommit();
    })
    .immediate();
}

/** Writes a version and its frozen diary as they are (no chain check): commitVersion, and benchmark fixtures. */
export function insertVersion(store: Store, row: VersionRow, entries: readonly FrozenEntry[]): void {
  const cols = Object.keys(row);
  store.db.prepare(`INSERT INTO plan_pack_versions (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
  const put = store.db.prepare(
    `INSERT INTO plan_pack_entries (${ENTRY_COLUMNS.join(', ')}) VALUES (${ENTRY_COLUMNS.map(() => '?').join(', ')})`,
  );
  for (const e of entries) put.run(row.version, e.ref, e.operative_id, e.date, e.sequence, e.start, e.end);
}

/** Rows read with SUMMARY_COLUMNS: no manifest, signature or plan text. */
function toSummary(row: VersionRow): VersionSummary {
  const { changes, overrides, ...rest } = row;
  return { ...rest, changes: JSON.parse(changes) as ChangeSet['summary'], override_count: (JSON.parse(overrides) as unknown[]).length };
}
