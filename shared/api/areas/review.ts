// Plan review: triggers that say the plan needs another look (slips against the reference
// plan, operatives newly absent, scope changes), their acknowledgement, baselines, and the
// planning charts' data.
import { z } from 'zod';
import { isoDateSchema } from '../../domain/schemas';
import { empty, type ApiSpec } from './common';

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

const baselineSchema = z.object({ id: z.number().int(), label: z.string(), saved_at: z.string(), jobs: z.number().int() });

const utilisationRow = z.object({
  operative_id: z.string(),
  name: z.string(),
  date: z.string(),
  working: z.boolean(),
  jobs: z.number().int(),
  work_min: z.number(),
  travel_min: z.number(),
  idle_min: z.number(),
  overrun_min: z.number(),
});

const riskRow = z.object({
  priority: z.string(),
  overdue: z.number().int(),
  late: z.number().int(),
  unscheduled: z.number().int(),
  on_track: z.number().int(),
  no_sla: z.number().int(),
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
  /** An immutable snapshot of every planned finish, the reference for slip triggers. */
  'baseline/save': {
    input: z.object({ label: z.string().trim().max(200).optional() }).strict(),
    output: baselineSchema,
  },
  'baseline/list': { input: empty, output: z.array(baselineSchema) },
  'charts/get-utilisation': {
    input: z.object({ from: isoDateSchema, to: isoDateSchema }).strict(),
    output: z.object({ dates: z.array(z.string()), rows: z.array(utilisationRow) }),
  },
  'charts/get-sla-risk': {
    input: empty,
    output: z.object({ now: z.string(), rows: z.array(riskRow) }),
  },
} as const satisfies Record<string, ApiSpec>;

export type ReviewTrigger = z.infer<typeof reviewTriggerSchema>;
export type ReferencePlan = z.infer<typeof referencePlanSchema>;
