// The command in progress (issue 17), carried through async code like the actor: the store's
// clock reads its time, and ids a handler would make up at random are derived from its id, so a
// command replayed on the same state writes the same rows. The dispatcher sets it once per call.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { CommandEnvelope } from '../../../shared/api/command';

const current = new AsyncLocalStorage<CommandEnvelope>();

/** Runs `fn` (and everything it awaits) as part of `command`. */
export function withCommand<T>(command: CommandEnvelope, fn: () => T): T {
  return current.run(command, fn);
}

/** The command in progress, or null outside any dispatched call (tests, scripts, start-up). */
export function currentCommand(): CommandEnvelope | null {
  return current.getStore() ?? null;
}

/**
 * A UUID-shaped id derived from the command in progress and `purpose`: the same on every replay.
 * Outside a command it is random (nothing will replay it).
 */
export function commandDerivedUuid(purpose: string): string {
  const command = currentCommand();
  if (!command) return crypto.randomUUID();
  const h = createHash('sha256').update(`${command.id}\u0000${purpose}`).digest('hex');
  // Shaped as a version-8 (custom) UUID so it is never mistaken for a client-made v7 id.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A new client-made command id (UUID v7: ordered by time). */
export function newCommandId(): string {
  return uuidv7();
}

/** The command of a local call that carries none: a new id, the call's actor, the plan's clock, base sequence 0. */
export function freshCommand(actor: string, now: string): CommandEnvelope {
  return { id: newCommandId(), actor, at: now, base_seq: 0 };
}
