// Jobs: the list and one job (with SLA deadline and placement), a job's history of events, and
// the planner's edits to a job (impact/effort scores, owner and definition of done, archive).
import { z } from 'zod';
import { idSchema, jobStatusSchema, scoreSchema } from '../../domain/schemas';
import { jobViewSchema } from '../views';
import type { ApiSpec } from './common';

export const jobEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.string(),
  detail: z.unknown(),
});

/** One person, not a list: refuse the usual list separators. */
const ownerSchema = z
  .string()
  .trim()
  .max(200)
  .refine((s) => !/[;&/|+\n]|\s(and|or)\s/i.test(s), 'give one owner (a person), not a list');
const doneWhenSchema = z
  .string()
  .trim()
  .max(500)
  .refine((s) => !/[\r\n]/.test(s), 'the definition of done is one line');

export const jobsApi = {
  'jobs/list': {
    input: z.object({ status: z.array(jobStatusSchema).optional() }).strict(),
    output: z.array(jobViewSchema),
  },
  'jobs/get': { input: z.object({ ref: idSchema }).strict(), output: jobViewSchema },
  'jobs/get-history': { input: z.object({ ref: idSchema }).strict(), output: z.array(jobEventSchema) },
  'jobs/update-scores': {
    input: z
      .object({ ref: idSchema, impact: scoreSchema.optional(), effort: scoreSchema.optional() })
      .strict()
      .refine((v) => v.impact !== undefined || v.effort !== undefined, 'give impact, effort or both'),
    output: z.object({ ref: z.string(), impact: z.number().int(), effort: z.number().int() }),
  },
  'jobs/update-ownership': {
    input: z
      .object({ ref: idSchema, owner: ownerSchema.optional(), done_when: doneWhenSchema.optional() })
      .strict()
      .refine((v) => v.owner !== undefined || v.done_when !== undefined, 'give owner, done_when or both'),
    output: z.object({ ref: z.string(), owner: z.string(), done_when: z.string() }),
  },
  /** Takes a job out of the backlog (status archived), with the reason kept. Undo restores it. */
  'jobs/archive-job': {
    input: z.object({ ref: idSchema, reason: z.string().trim().min(3, 'give a reason of at least 3 characters').max(500) }).strict(),
    output: z.object({ ref: z.string(), status: z.literal('archived'), reason: z.string() }),
  },
} as const satisfies Record<string, ApiSpec>;
