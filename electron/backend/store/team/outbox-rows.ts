// A workstation's outbox: its commands the server has not confirmed yet, in the order they were
// made, and those the server refused (conflicts, with the reason) until the planner resolves them.
import type { CommandEnvelope } from '../../../../shared/api/command';
import type { Store } from '../store';

export type OutboxState = 'pending' | 'conflict' | 'sign-off';

export interface OutboxCommand extends CommandEnvelope {
  ord: number;
  name: string;
  input: unknown;
  state: OutboxState;
  code: string | null;
  reason: string | null;
}

interface Raw extends Omit<OutboxCommand, 'input'> {
  input: string;
}
const decode = (r: Raw): OutboxCommand => ({ ...r, input: JSON.parse(r.input) as unknown });

export function queueCommand(store: Store, c: CommandEnvelope & { name: string; input: unknown }): void {
  store.db
    .prepare("INSERT INTO team_outbox (id, name, input, actor, at, base_seq, state) VALUES (?, ?, ?, ?, ?, ?, 'pending')")
    .run(c.id, c.name, JSON.stringify(c.input ?? {}), c.actor, c.at, c.base_seq);
}

export function forgetCommand(store: Store, id: string): void {
  store.db.prepare('DELETE FROM team_outbox WHERE id = ?').run(id);
}

export function outbox(store: Store, state?: OutboxState | 'unresolved'): OutboxCommand[] {
  const where = state === undefined ? '' : state === 'unresolved' ? "WHERE state != 'pending'" : 'WHERE state = ?';
  const args = state === undefined || state === 'unresolved' ? [] : [state];
  return (store.db.prepare(`SELECT * FROM team_outbox ${where} ORDER BY ord`).all(...args) as Raw[]).map(decode);
}

export function outboxCommand(store: Store, id: string): OutboxCommand | null {
  const r = store.db.prepare('SELECT * FROM team_outbox WHERE id = ?').get(id) as Raw | undefined;
  return r ? decode(r) : null;
}

export function markConflict(store: Store, id: string, code: string, reason: string): void {
  store.db.prepare("UPDATE team_outbox SET state = 'conflict', code = ?, reason = ? WHERE id = ?").run(code, reason, id);
}

export function setOutboxState(store: Store, id: string, state: OutboxState): void {
  store.db.prepare('UPDATE team_outbox SET state = ? WHERE id = ?').run(state, id);
}

export function pendingCount(store: Store): number {
  return (store.db.prepare("SELECT COUNT(*) AS n FROM team_outbox WHERE state = 'pending'").get() as { n: number }).n;
}
