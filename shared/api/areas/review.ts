// Plan review: triggers that say the plan needs another look (slips against the reference
// plan, operatives newly absent, scope changes) and their acknowledgement. Baselines (the
// reference plan) are in baseline.ts.
import { z } from 'zod';
import type { ApiSpec } from './common';

export const TRIGGER_KINDS = ['slip-job', 'slip-chain', 'absence', 'scope'] as const;

export const reviewTriggerSchema = z.object({
  /** Stable id: `stored:<n>` for recorded triggers, `slip:<baseline>:job|chain:<ref>` for slips. */
  key: z.string(),
  kind: z.enum(TRIGGER_KINDS),
  title: z.string(),
  message: z.string(),
  refs: z.array(z.string()),
  operative_id: z.string().nullable(),
  raised_at: z.string().nullable(),
  slip_min: z.number().int().nullable(),
  acknowledged: z.object({ note: z.string(), at: z.string(), who: z.string() }).nullable(),
});

export const referencePlanSchema = z.object({
  /** Today only baselines; a published version can become another kind. */
  kind: z.enum(['baseline']),
  id: z.number().int(),
  label: z.string(),
  saved_at: z.string(),
});

export const reviewApi = {
  'review/list-triggers': {
    input: z.object({ include_acknowledged: z.boolean().optional() }).strict(),
    output: z.object({ reference: referencePlanSchema.nullable(), triggers: z.array(reviewTriggerSchema) }),
  },
  'review/acknowledge-trigger': {
    input: z.object({ key: z.string().min(1).max(200), note: z.string().trim().min(1, 'write a note').max(500) }).strict(),
    output: reviewTriggerSchema,
  },
} as const satisfies Record<string, ApiSpec>;

export type ReviewTrigger = z.infer<typeof reviewTriggerSchema>;
export type ReferencePlan = z.infer<typeof referencePlanSchema>;
