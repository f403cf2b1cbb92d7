// Finish-to-start links between jobs (add, change lag, remove, list) and the dependency map:
// open jobs with their chain, planned times, slack and critical path.
import { z } from 'zod';
import { dependencySchema, idSchema } from '../../domain/schemas';
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

export const dependenciesApi = {
  'dependencies/list': { input: empty, output: z.array(dependencySchema) },
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
} as const satisfies Record<string, ApiSpec>;

export type MapNode = z.infer<typeof mapNodeSchema>;
export type ChainSummary = z.infer<typeof chainSummarySchema>;
export type DependencyMap = z.output<(typeof dependenciesApi)['dependencies/get-map']['output']>;
