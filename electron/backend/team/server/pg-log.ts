// The team server's queries on PostgreSQL: the team's identity, members and their tokens, and
// the command log. SQL for the server lives here only.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { slug } from '../../slug';
import type { LoggedCommand } from '../protocol';

export interface Member {
  id: string;
  name: string;
  role: string;
  admin: boolean;
}

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (): string => `pwt_${randomBytes(24).toString('base64url')}`;

/** The team's id, made on first start with the admin; returns the admin's token only when it was made now. */
export async function ensureTeam(client: pg.ClientBase): Promise<{ teamId: string; adminToken: string | null }> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [0x504c5753]);
    const found = await client.query<{ team_id: string }>('SELECT team_id FROM team_meta WHERE id = 1');
    if (found.rows[0]) {
      await client.query('COMMIT');
      return { teamId: found.rows[0].team_id, adminToken: null };
    }
    const teamId = randomUUID();
    const token = newToken();
    await client.query('INSERT INTO team_meta (id, team_id) VALUES (1, $1)', [teamId]);
    await client.query("INSERT INTO members (id, name, role, admin, token_sha256) VALUES ('admin', 'Team admin', 'manager', true, $1)", [
      tokenHash(token),
    ]);
    await client.query('COMMIT');
    return { teamId, adminToken: token };
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}

export async function memberByToken(db: pg.Pool, token: string): Promise<Member | null> {
  const r = await db.query<Member>('SELECT id, name, role, admin FROM members WHERE token_sha256 = $1', [tokenHash(token)]);
  return r.rows[0] ?? null;
}

/** A new member with a token of their own (shown once: only its hash is kept). */
export async function addMember(db: pg.Pool, name: string, role: string): Promise<{ member_id: string; token: string }> {
  const token = newToken();
  const base = slug(name, 'member');
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const r = await db.query('INSERT INTO members (id, name, role, token_sha256) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING', [
      id,
      name,
      role,
      tokenHash(token),
    ]);
    if (r.rowCount === 1) return { member_id: id, token };
  }
}

interface Raw extends Omit<LoggedCommand, 'seq' | 'base_seq' | 'input'> {
  seq: string;
  base_seq: string;
  input: string;
}
const decode = (r: Raw): LoggedCommand => ({
  ...r,
  seq: Number(r.seq),
  base_seq: Number(r.base_seq),
  input: JSON.parse(r.input) as unknown,
});
const COLUMNS = 'seq, id::text AS id, name, input, actor, at, base_seq, status, code, reason';

export async function head(db: pg.ClientBase | pg.Pool): Promise<number> {
  const r = await db.query<{ n: string }>('SELECT COALESCE(MAX(seq), 0) AS n FROM commands');
  return Number(r.rows[0]!.n);
}

export async function commandsAfter(db: pg.ClientBase | pg.Pool, after: number, limit: number): Promise<LoggedCommand[]> {
  const r = await db.query<Raw>(`SELECT ${COLUMNS} FROM commands WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, limit]);
  return r.rows.map(decode);
}

export async function loggedCommand(db: pg.ClientBase, id: string): Promise<LoggedCommand | null> {
  const r = await db.query<Raw>(`SELECT ${COLUMNS} FROM commands WHERE id = $1::uuid`, [id]);
  return r.rows[0] ? decode(r.rows[0]) : null;
}

export async function appendCommand(db: pg.ClientBase, c: LoggedCommand, memberId: string): Promise<void> {
  await db.query(
    `INSERT INTO commands (seq, id, name, input, actor, at, base_seq, member_id, status, code, reason)
     VALUES ($1, $2::uuid, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [c.seq, c.id, c.name, JSON.stringify(c.input ?? {}), c.actor, c.at, c.base_seq, memberId, c.status, c.code, c.reason],
  );
}
