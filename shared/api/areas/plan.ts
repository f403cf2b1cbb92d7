// Dependencies (links, the map with critical path), the job edits planning needs (scores,
// owner and definition of done, archive) and the impact/effort matrix settings.
import { z } from 'zod';
import { dependencySchema, idSchema, scoreSchema } from '../../domain/schemas';
import { empty, type ApiSpec } from './common';

/** 'YYYY-MM-DDTHH:MM', UK local. */
const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected YYYY-MM-DDTHH:MM');

const linkInput = z
  .object({
    pred_ref: idSchema,
    succ_ref: idSchema,
    /** Minutes after the predecessor finishes before the successor may start. */
    lag_min: z
      .number()
      .int('lag must be whole minutes')
      .min(0, 'lag must not be negative')
      .max(525_600, 'lag must be at most a year')
      .default(0),
  })
  .strict();

export const mapNodeSchema = z.object({
  ref: z.string(),
  trade: z.string(),
  priority: z.string(),
  status: z.string(),
  owner: z.string(),
  done_when: z.string(),
  duration_min: z.number().int(),
  impact: z.number().int(),
  effort: z.number().int(),
  sla_deadline: z.string().nullable(),
  /** Where the diary has it, or null when unscheduled. */
  placement: z
    .object({ operative_id: z.string(), operative_name: z.string(), date: z.string(), start: z.string(), end: z.string() })
    .nullable(),
  /** Chain id (its first job), null when the job has no links. */
  chain: z.string().nullable(),
  /** Planned (or, unscheduled, earliest possible) start and end. */
  start: localTime,
  end: localTime,
  latest_start: localTime.nullable(),
  /** Minutes the job can slip without delaying its chain's finish; null outside a chain. */
  slack_min: z.number().int().nullable(),
  critical: z.boolean(),
  /** Earliest finish its chain allows (every job as soon as possible); null outside a chain. */
  earliest_finish: localTime.nullable(),
  /** The SLA deadline is before that earliest finish: no plan can meet it. */
  deadline_unrealistic: z.boolean(),
});

export const chainSummarySchema = z.object({
  id: z.string(),
  refs: z.array(z.string()),
  start: localTime,
  end: localTime,
  critical: z.array(z.string()),
});

export const matrixSettingsSchema = z.object({ high: z.number().int().min(2, 'high must be 2–5').max(5, 'high must be 2–5') }).strict();

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

export const planApi = {
  'dependencies/add-link': {
    input: linkInput,
    output: z.object({ link: dependencySchema, updated: z.boolean() }),
  },
  'dependencies/remove-link': {
    input: z.object({ pred_ref: idSchema, succ_ref: idSchema }).strict(),
    output: z.object({ link: dependencySchema }),
  },
  /** Open jobs with their chain, planned times, slack and critical flag. */
  'dependencies/get-map': {
    input: z
      .object({
        /** Unscheduled jobs start no earlier than this; default now. */
        plan_start: localTime.optional(),
        /** Also list open jobs with no links (default: only jobs in a chain). */
        include_unlinked: z.boolean().optional(),
      })
      .strict(),
    output: z.object({
      plan_start: localTime,
      nodes: z.array(mapNodeSchema),
      links: z.array(dependencySchema),
      chains: z.array(chainSummarySchema),
    }),
  },
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
  'matrix/get-settings': { input: empty, output: matrixSettingsSchema },
  'matrix/set-settings': { input: matrixSettingsSchema, output: matrixSettingsSchema },
} as const satisfies Record<string, ApiSpec>;

export type MapNode = z.infer<typeof mapNodeSchema>;
export type ChainSummary = z.infer<typeof chainSummarySchema>;
export type DependencyMap = z.output<(typeof planApi)['dependencies/get-map']['output']>;
