// The command envelope (issue 17): a write call made replayable. The client that first makes a
// call gives it an id (UUID v7: time-ordered), the actor, the time and the team-server sequence
// it was based on; every id or timestamp a handler makes up is taken from it, so the same
// command applied to the same state writes the same rows — on a workstation or on the server.
import { z } from 'zod';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MAX_SEQ = 2 ** 52;

export const commandEnvelopeSchema = z
  .object({
    id: z.string().regex(UUID_V7, 'must be a UUID v7 (lower-case)'),
    actor: z.string().min(1).max(100),
    at: z.iso.datetime({ offset: false, message: 'must be an ISO instant in UTC (…Z)' }),
    base_seq: z.number().int().min(0).max(MAX_SEQ),
  })
  .strict();

export type CommandEnvelope = z.infer<typeof commandEnvelopeSchema>;

export function isUuidV7(x: unknown): x is string {
  return typeof x === 'string' && UUID_V7.test(x);
}
