// Supervisor flags (do not send, reduced duties): the list, and creating, editing and ending one
// (reporting the placements a new or changed flag blocks).
import { z } from 'zod';
import { flagSchema, idSchema, isoDateSchema } from '../../domain/schemas';
import { rowIdSchema } from '../../domain/limits';
import { blockedSchema, empty, type ApiSpec } from './common';

const flagFields = {
  operative_id: idSchema,
  flag: z.string().max(32),
  scope: z.string().max(100),
  /** Review date (the last day in force); null = until lifted. */
  until: z.string().max(20).nullable(),
  owner: z.string().max(200),
  note: z.string().max(2000),
};

export const flagsApi = {
  'flags/list': { input: empty, output: z.array(flagSchema) },
  'flags/create-flag': { input: z.object(flagFields).strict(), output: z.object({ flag: flagSchema, blocked: blockedSchema }) },
  'flags/update-flag': {
    input: z.object({ id: rowIdSchema, ...flagFields }).strict(),
    output: z.object({ flag: flagSchema, blocked: blockedSchema }),
  },
  /** Lifts the flag from `from` (default today): its review date becomes the day before. */
  'flags/end-flag': {
    input: z.object({ id: rowIdSchema, from: isoDateSchema.optional() }).strict(),
    output: z.object({ flag: flagSchema }),
  },
} as const satisfies Record<string, ApiSpec>;
