// A workstation's link to its team server (one row), read and written here only.
import type { Store } from '../store';

export interface TeamLink {
  server: string;
  token: string;
  team_id: string;
  member_id: string;
  member_name: string;
  role: string;
  actor: string;
  confirmed_seq: number;
  last_sync: string | null;
  last_error: string | null;
  /** The team's signing key (minisign public key text), once the team published. */
  public_key: string | null;
}

export function teamLink(store: Store): TeamLink | null {
  return (store.db.prepare('SELECT * FROM team_link WHERE id = 1').get() as TeamLink | undefined) ?? null;
}

export function saveTeamLink(store: Store, link: Omit<TeamLink, 'confirmed_seq' | 'last_sync' | 'last_error' | 'public_key'>): void {
  store.db
    .prepare(
      `INSERT INTO team_link (id, server, token, team_id, member_id, member_name, role, actor, confirmed_seq)
       VALUES (1, @server, @token, @team_id, @member_id, @member_name, @role, @actor, 0)`,
    )
    .run(link);
}

export function recordSync(store: Store, o: { confirmed_seq?: number; at: string; error: string | null }): void {
  if (o.confirmed_seq !== undefined) store.db.prepare('UPDATE team_link SET confirmed_seq = ? WHERE id = 1').run(o.confirmed_seq);
  if (o.error === null) store.db.prepare('UPDATE team_link SET last_sync = ?, last_error = NULL WHERE id = 1').run(o.at);
  else store.db.prepare('UPDATE team_link SET last_error = ? WHERE id = 1').run(o.error);
}

export function saveTeamPublicKey(store: Store, publicKey: string): void {
  store.db.prepare('UPDATE team_link SET public_key = ? WHERE id = 1 AND public_key IS NOT ?').run(publicKey, publicKey);
}
