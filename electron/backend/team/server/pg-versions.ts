// The team's published versions in PostgreSQL: one row per version number (the primary key is
// what keeps two processes from both making "version 2"), with its pack's files byte for byte.
import type pg from 'pg';
import type { TeamVersion } from '../protocol';

interface Raw {
  version: number;
  seq: string;
  folder: string;
  row: string;
  entries: string;
  files: string;
}
const decode = (r: Raw): TeamVersion => ({
  version: r.version,
  seq: Number(r.seq),
  folder: r.folder,
  row: JSON.parse(r.row) as TeamVersion['row'],
  entries: JSON.parse(r.entries) as TeamVersion['entries'],
  files: JSON.parse(r.files) as TeamVersion['files'],
});

export async function versionHead(db: pg.ClientBase | pg.Pool): Promise<number> {
  const r = await db.query<{ n: number }>('SELECT COALESCE(MAX(version), 0)::int AS n FROM pack_versions');
  return r.rows[0]!.n;
}

export async function versionsAfter(db: pg.ClientBase | pg.Pool, after: number, limit: number): Promise<TeamVersion[]> {
  const r = await db.query<Raw>(
    'SELECT version, seq, folder, row, entries, files FROM pack_versions WHERE version > $1 ORDER BY version LIMIT $2',
    [after, limit],
  );
  return r.rows.map(decode);
}

export async function appendVersion(db: pg.ClientBase, v: TeamVersion, memberId: string): Promise<void> {
  await db.query('INSERT INTO pack_versions (version, seq, member_id, folder, row, entries, files) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    v.version,
    v.seq,
    memberId,
    v.folder,
    JSON.stringify(v.row),
    JSON.stringify(v.entries),
    JSON.stringify(v.files),
  ]);
}
