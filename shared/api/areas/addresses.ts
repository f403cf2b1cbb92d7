// addresses/*: repeated-failure address flags — the list, one address's flag (for job cards and
// the New repair flow), closing with a note and escalating to the next owner.
import { z } from 'zod';
import type { ApiSpec } from './common';
import { rowIdSchema } from '../../domain/limits';

export const addressFlagSchema = z.object({
  id: z.number().int(),
  address: z.string(),
  address_key: z.string(),
  state: z.enum(['open', 'closed']),
  owner: z.enum(['supervisor', 'manager']),
  raised_on: z.string(),
  escalated_at: z.string().nullable(),
  closed_at: z.string().nullable(),
  closed_by: z.string().nullable(),
  close_note: z.string().nullable(),
  count: z.number().int(),
  last_outcome: z.string().nullable(),
  last_date: z.string().nullable(),
  history: z.array(
    z.object({
      actual_id: z.number().int(),
      ref: z.string(),
      date: z.string(),
      outcome: z.string(),
      reason: z.string().nullable(),
      operative_id: z.string(),
      superseded: z.boolean(),
    }),
  ),
});

const flagId = rowIdSchema;

export const addressesApi = {
  'addresses/list-flags': {
    input: z.object({ include_closed: z.boolean().optional() }).strict(),
    output: z.array(addressFlagSchema),
  },
  /** The open flag at an address as typed (e.g. in the New repair dialog), or null. */
  'addresses/get-flag': {
    input: z.object({ address: z.string().trim().min(1, 'give an address').max(500) }).strict(),
    output: addressFlagSchema.nullable(),
  },
  'addresses/close-flag': { input: z.object({ id: flagId, note: z.string().max(2000) }).strict(), output: addressFlagSchema },
  'addresses/escalate-flag': { input: z.object({ id: flagId }).strict(), output: addressFlagSchema },
} as const satisfies Record<string, ApiSpec>;
