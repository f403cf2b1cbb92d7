// The team server's PostgreSQL schema: numbered migrations recorded in a ledger, as the SQLite
// store has. Applied under an advisory lock, so several server processes starting together on
// one database apply each migration once.
import type pg from 'pg';

export const PG_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'team, members, command log',
    sql: `
CREATE TABLE team_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  team_id TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE members (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  admin BOOLEAN NOT NULL DEFAULT false,
  token_sha256 TEXT NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- The ordered log: the server assigns seq (max + 1 inside a serializable transaction), so the
-- order is the order of commits; rejected commands stay in the log with their reason.
CREATE TABLE commands (
  seq BIGINT PRIMARY KEY,
  id UUID NOT NULL UNIQUE,
  name TEXT NOT NULL,
  input TEXT NOT NULL,
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  base_seq BIGINT NOT NULL,
  member_id TEXT NOT NULL REFERENCES members(id),
  status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
  code TEXT,
  reason TEXT,
  received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);`,
  },
  {
    version: 2,
    name: 'team signing key, published versions and their packs',
    sql: `
-- The team's one signing key (made on the first team publish); the secret half sealed with the
-- server's passphrase, so the database alone cannot sign.
CREATE TABLE team_signing_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  key_id TEXT NOT NULL,
  public_key TEXT NOT NULL,
  protection TEXT NOT NULL,
  created_at TEXT NOT NULL
);
-- One version sequence for the team: each made on the server's state at log position seq; the
-- pack's files kept byte for byte so every workstation writes the same signed pack.
CREATE TABLE pack_versions (
  version INTEGER PRIMARY KEY,
  seq BIGINT NOT NULL,
  member_id TEXT NOT NULL REFERENCES members(id),
  folder TEXT NOT NULL,
  row TEXT NOT NULL,
  entries TEXT NOT NULL,
  files TEXT NOT NULL,
  published_at TIMESTAMPTZ NOT NULL DEFAULT now()
);`,
  },
];

const LOCK_KEY = 0x504c5752; // 'PLWR'

export async function migratePg(client: pg.ClientBase): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const m of PG_MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
