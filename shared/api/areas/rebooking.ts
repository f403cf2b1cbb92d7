// rebooking/*: the queue of failed visits and follow-ons waiting to be booked, and the
// supervisor's cancel-for-no-access decision (refused by the no-access policy where it applies).
import { z } from 'zod';
import { idSchema } from '../../domain/schemas';
import { empty, operativeDaySchema, type ApiSpec } from './common';

export const rebookingItemSchema = z.object({
  ref: z.string(),
  outcome: z.enum(['NO_ACCESS', 'ABORTIVE', 'FURTHER_WORK']),
  reason: z.string().nullable(),
  failed_on: z.string(),
  deadline: z.string().nullable(),
  clock: z.enum(['continue', 'restart']),
  attempts: z.number().int(),
  no_access_attempts: z.number().int(),
  escalated: z.boolean(),
  owner: z.enum(['planner', 'supervisor']),
  protected_categories: z.array(z.string()),
  follow_on_of: z.string().nullable(),
  booked: operativeDaySchema.nullable(),
});

export const rebookingApi = {
  'rebooking/list': { input: empty, output: z.array(rebookingItemSchema) },
  'rebooking/cancel-job': {
    input: z.object({ ref: idSchema, note: z.string().max(2000) }).strict(),
    output: rebookingItemSchema,
  },
} as const satisfies Record<string, ApiSpec>;
