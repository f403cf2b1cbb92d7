// deviations/*: the deviation log, the weekly review and planning assumptions (issue 15).
import { z } from 'zod';
import { codeSchema, flagSchema, prioritySchema } from '../../domain/schemas';
import { deviationSchema, REASON_CATEGORIES } from '../../governance/deviations';
import { dateRangeFields, dateRangeSchema, type ApiSpec } from './common';
import { rosterApi } from './roster';

const keys = z.array(z.string().min(1).max(200)).min(1, 'choose at least one deviation').max(5000);
const note = z.string().trim().min(3, 'write a note of at least 3 characters').max(2000);

export const deviationsApi = {
  'deviations/list': { input: dateRangeSchema, output: z.array(deviationSchema) },
  'deviations/get-review': {
    input: dateRangeSchema,
    output: z.object({
      from: z.string(),
      to: z.string(),
      total: z.number().int(),
      outside_policy: z.number().int(),
      groups: z.array(
        z.object({
          reason_category: z.enum(REASON_CATEGORIES),
          trade: z.string(),
          count: z.number().int(),
          keys: z.array(z.string()),
          outside_policy: z.number().int(),
        }),
      ),
    }),
  },
  'deviations/save-review': {
    input: z.object({ ...dateRangeFields, keys, note }).strict(),
    output: z.object({ reviewed: z.number().int() }),
  },
  'deviations/make-assumption': {
    input: z
      .object({
        ...dateRangeFields,
        keys,
        note,
        assumption: z.discriminatedUnion('type', [
          z
            .object({
              type: z.literal('standard-duration'),
              trade: codeSchema,
              job_type: prioritySchema,
              minutes: z.number().int().min(1).max(1440),
            })
            .strict(),
          z.object({ type: z.literal('flag'), flag: flagSchema.omit({ id: true }).strict() }).strict(),
          // A roster pattern laid over the operatives' roster from a date (as roster/apply-pattern).
          z.object({ type: z.literal('roster-pattern'), pattern: rosterApi['roster/apply-pattern'].input }).strict(),
        ]),
      })
      .strict(),
    output: z.object({ assumption: z.string() }),
  },
} as const satisfies Record<string, ApiSpec>;
