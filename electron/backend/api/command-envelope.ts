// The command a call runs as: the one its scope carries (a replay: team sync), else a fresh one
// made here — a new UUID v7, the call's actor, the live plan's clock, base sequence 0.
import { v7 as uuidv7 } from 'uuid';
import type { CommandEnvelope } from '../../../shared/api/command';

export function freshCommand(actor: string, now: string): CommandEnvelope {
  return { id: uuidv7(), actor, at: now, base_seq: 0 };
}

/** A new client-made command id (UUID v7: ordered by time). */
export function newCommandId(): string {
  return uuidv7();
}
