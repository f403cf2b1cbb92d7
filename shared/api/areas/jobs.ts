// Jobs: the list and one job (with SLA deadline and placement), a job's history of events, the
// planner's edits to a job (impact/effort scores, owner and definition of done, archive) and
// editing the day in place (issue 13): a new repair, editing one, cancel / hold / reopen with a
// reason, each reporting the placements it newly blocks. Fields are the jobs.csv columns; field
// problems come back as VALIDATION with `details.fields` ([{ field, message }]); nothing changes.
import { z } from 'zod';
import { idSchema, jobStatusSchema, scoreSchema, JOB_STATUSES } from '../../domain/schemas';
import { jobViewSchema } from '../views';
import { blockedSchema, cell, fieldErrorSchema, listCell, operativeDaySchema, reasonSchema, type ApiSpec } from './common';

export const jobEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.string(),
  detail: z.unknown(),
  /** Who made the change (app and CLI edits); null for events recorded without one. */
  who: z.string().nullable(),
});

export const jobFieldsSchema = z
  .object({
    ref: cell(64),
    address: cell(500),
    lat: cell(40),
    lon: cell(40),
    area: cell(32),
    trade: cell(32),
    min_proficiency: cell(8),
    competences: listCell,
    priority: cell(32),
    raised_at: cell(40),
    duration_min: cell(8),
    window: cell(16),
    depends_on: listCell,
    impact: cell(8),
    effort: cell(8),
    owner: cell(200),
    done_when: cell(500),
    notes: cell(5000),
  })
  .partial()
  .strict();

const statusChange = {
  input: z.object({ ref: idSchema, reason: reasonSchema }).strict(),
  output: z.object({
    job: jobViewSchema,
    /** Where it was placed, when cancelling or holding took it out of the diary. */
    removed: operativeDaySchema.nullable(),
    blocked: blockedSchema,
  }),
};

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
    input: z.object({ status: z.array(jobStatusSchema).max(JOB_STATUSES.length).optional() }).strict(),
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
    input: z.object({ ref: idSchema, reason: reasonSchema }).strict(),
    output: z.object({ ref: z.string(), status: z.literal('archived'), reason: z.string() }),
  },
  /** The New repair dialog as it is typed: the ref it would get, its SLA deadline, and every problem (nothing is written). */
  'jobs/check-draft': {
    input: z.object({ fields: jobFieldsSchema, ref: idSchema.optional() }).strict(),
    output: z.object({
      ok: z.boolean(),
      ref: z.string(),
      /** 'YYYY-MM-DDTHH:MM' UK time from priority and raised_at, or null until both are valid. */
      sla_deadline: z.string().nullable(),
      errors: z.array(fieldErrorSchema),
    }),
  },
  'jobs/create-job': { input: z.object({ fields: jobFieldsSchema }).strict(), output: z.object({ job: jobViewSchema }) },
  'jobs/update-job': {
    input: z.object({ ref: idSchema, fields: jobFieldsSchema }).strict(),
    output: z.object({ job: jobViewSchema, changed: z.array(z.string()), blocked: blockedSchema }),
  },
  'jobs/cancel-job': statusChange,
  'jobs/hold-job': statusChange,
  'jobs/reopen-job': statusChange,
} as const satisfies Record<string, ApiSpec>;
