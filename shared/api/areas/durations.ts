// durations/*: standard durations learned from actuals — suggestions over a range, applying
// them (one undoable step) and the standards in use.
import { z } from 'zod';
import { codeSchema } from '../../domain/schemas';
import { dateRangeFields, dateRangeSchema, empty, type ApiSpec } from './common';

const standard = z.object({
  trade: z.string(),
  job_type: z.string(),
  minutes: z.number().int(),
  samples: z.number().int(),
  spread_min: z.number(),
  from_date: z.string(),
  to_date: z.string(),
  applied_at: z.string(),
  applied_by: z.string(),
});

export const durationsApi = {
  'durations/suggest': {
    input: dateRangeSchema,
    output: z.array(
      z.object({
        trade: z.string(),
        job_type: z.string(),
        samples: z.number().int(),
        planned_mean_min: z.number(),
        actual_mean_min: z.number(),
        variance_mean_min: z.number(),
        p25_min: z.number(),
        median_min: z.number(),
        p75_min: z.number(),
        spread_min: z.number(),
        suggested_min: z.number().int().nullable(),
        current_min: z.number().int().nullable(),
      }),
    ),
  },
  'durations/apply': {
    input: z
      .object({
        ...dateRangeFields,
        /** Only these trade/type pairs (default: every suggestion). */
        only: z
          .array(z.object({ trade: codeSchema, job_type: codeSchema }).strict())
          .min(1)
          .max(500)
          .optional(),
      })
      .strict(),
    output: z.object({ applied: z.array(standard) }),
  },
  'durations/list-standard': { input: empty, output: z.array(standard) },
} as const satisfies Record<string, ApiSpec>;
