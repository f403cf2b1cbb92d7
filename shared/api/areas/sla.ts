import { z } from 'zod';
import { MAX_SLA_CATEGORIES, MAX_SLA_HOURS, MAX_SLA_WORKING_DAYS } from '../../domain/limits';
import { prioritySchema, slaPolicySchema } from '../../domain/schemas';
import { empty, type ApiSpec } from './common';

/** A target a planner may set: hours up to 720, whole working days up to 260 (see domain/limits). */
const slaTargetInput = z
  .object({
    priority: prioritySchema,
    unit: z.enum(['hours', 'working_days']),
    value: z.number().positive('must be more than 0').max(MAX_SLA_HOURS, `at most ${MAX_SLA_HOURS} hours`),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.unit !== 'working_days') return;
    if (!Number.isInteger(t.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'whole working days' });
    if (t.value > MAX_SLA_WORKING_DAYS)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `at most ${MAX_SLA_WORKING_DAYS} working days` });
  });

export const slaApi = {
  'sla/get-policy': { input: empty, output: slaPolicySchema },
  'sla/set-policy': {
    input: z.object({ categories: z.array(slaTargetInput).min(1, 'at least one category').max(MAX_SLA_CATEGORIES) }).strict(),
    output: slaPolicySchema,
  },
} as const satisfies Record<string, ApiSpec>;
