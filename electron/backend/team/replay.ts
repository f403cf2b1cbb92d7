// Applies a command from the team log to a workspace exactly as the log decided it: accepted
// commands through the dispatcher with their own envelope; rejected ones not at all.
import type { CallScope } from '../../../shared/api/bridge';
import type { ApiResponse } from '../../../shared/api/errors';
import { logError } from '../error-log';
import type { Store } from '../store/store';
import type { LoggedCommand } from './protocol';

/** The workspace dispatcher's shape (declared here: services sit below the API layer). */
export type LocalDispatch = (name: string, input: unknown, scope?: Partial<CallScope>) => Promise<ApiResponse>;

/** The part of an open workspace the team code uses (no import of workspace.ts: no cycle). */
export interface OpenPlan {
  store: Store;
  dispatch: LocalDispatch;
  close(): void;
}

export async function replayLogged(ws: Pick<OpenPlan, 'dispatch'>, c: LoggedCommand): Promise<boolean> {
  if (c.status !== 'accepted') return false;
  const command = { id: c.id, actor: c.actor, at: c.at, base_seq: c.base_seq };
  const r = await ws.dispatch(c.name, c.input, { scenario: null, actor: c.actor, command });
  if (!r.ok) logError(`team: replaying accepted command ${c.seq} (${c.name}) failed`, new Error(r.error.message));
  return r.ok;
}
