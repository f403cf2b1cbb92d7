// Editing the day in place (issue 13): jobs (new repair, edit, cancel / hold / reopen with a
// reason), operatives (add, edit, retire), supervisor flags (create, edit, end) and ending an
// absence; the placements an edit newly blocks, and what to do with them (back to the tray, or
// re-plan them with the auto-scheduler). Job and operative fields are the CSV columns, as text
// (numbers and lists accepted too), read by the CSV import's own parser: the same checks and
// messages as an import. Field problems come back as VALIDATION with `details.fields`
// ([{ field, message }]); nothing is changed.
import { z } from 'zod';
import { absenceSchema, flagSchema, idSchema, isoDateSchema, operativeSchema } from '../../domain/schemas';
import { MAX_ROW_ID, rowIdSchema } from '../../domain/limits';
import { jobViewSchema } from '../views';
import { empty, type ApiSpec } from './common';
import { scheduleRunSchema } from './schedule';

/** One cell: text, or a number written as text (bounded like every number the API takes). */
const cell = (max: number) =>
  z
    .union([z.string().max(max, `at most ${max} characters`), z.number().min(-MAX_ROW_ID).max(MAX_ROW_ID)])
    .transform((v) => (typeof v === 'number' ? String(v) : v));
/** A `;`-separated list cell, or the items as an array. */
const listCell = z
  .union([z.string().max(5000), z.array(z.string().max(200)).max(100)])
  .transform((v) => (Array.isArray(v) ? v.join(';') : v));

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

export const operativeFieldsSchema = z
  .object({
    id: cell(64),
    name: cell(200),
    trades: listCell,
    competences: listCell,
    start_lat: cell(40),
    start_lon: cell(40),
    shift_start: cell(8),
    shift_end: cell(8),
    working_days: listCell,
    areas: listCell,
  })
  .partial()
  .strict();

export const fieldErrorSchema = z.object({ field: z.string().nullable(), message: z.string() });

/** A placement already in the diary that an edit has just made break a hard rule. */
export const blockedPlacementSchema = z.object({
  ref: z.string(),
  operative_id: z.string(),
  date: z.string(),
  rule_id: z.string(),
  message: z.string(),
});
const blocked = z.array(blockedPlacementSchema);

const reasonSchema = z.string().trim().min(3, 'give a reason of at least 3 characters').max(500);
const statusChange = {
  input: z.object({ ref: idSchema, reason: reasonSchema }).strict(),
  output: z.object({
    job: jobViewSchema,
    /** Where it was placed, when cancelling or holding took it out of the diary. */
    removed: z.object({ operative_id: z.string(), date: z.string() }).nullable(),
    blocked,
  }),
};

const flagFields = {
  operative_id: idSchema,
  flag: z.string().max(32),
  scope: z.string().max(100),
  /** Review date (the last day in force); null = until lifted. */
  until: z.string().max(20).nullable(),
  owner: z.string().max(200),
  note: z.string().max(2000),
};

const boxSchema = z
  .object({
    min_lat: z.number().min(-90).max(90),
    max_lat: z.number().min(-90).max(90),
    min_lon: z.number().min(-180).max(180),
    max_lon: z.number().min(-180).max(180),
  })
  .strict();
const serviceAreaSchema = z.object({
  source: z.enum(['setting', 'derived', 'none']),
  box: boxSchema.nullable(),
  margin_km: z.number(),
});

const eventSchema = z.object({ id: z.number().int(), at: z.string(), who: z.string(), kind: z.string(), detail: z.unknown() });

export const dayEditsApi = {
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
    output: z.object({ job: jobViewSchema, changed: z.array(z.string()), blocked }),
  },
  'jobs/cancel-job': statusChange,
  'jobs/hold-job': statusChange,
  'jobs/reopen-job': statusChange,
  'operatives/create-operative': {
    input: z.object({ fields: operativeFieldsSchema }).strict(),
    output: z.object({ operative: operativeSchema }),
  },
  'operatives/update-operative': {
    input: z.object({ id: idSchema, fields: operativeFieldsSchema }).strict(),
    output: z.object({ operative: operativeSchema, changed: z.array(z.string()), blocked }),
  },
  /** Leaves the board and cannot be placed on from `from` (default today); history and old records stay. */
  'operatives/retire-operative': {
    input: z.object({ id: idSchema, reason: reasonSchema, from: isoDateSchema.optional() }).strict(),
    output: z.object({ operative: operativeSchema, blocked }),
  },
  'operatives/get-history': { input: z.object({ id: idSchema }).strict(), output: z.array(eventSchema) },
  'flags/create-flag': { input: z.object(flagFields).strict(), output: z.object({ flag: flagSchema, blocked }) },
  'flags/update-flag': {
    input: z.object({ id: rowIdSchema, ...flagFields }).strict(),
    output: z.object({ flag: flagSchema, blocked }),
  },
  /** Lifts the flag from `from` (default today): its review date becomes the day before. */
  'flags/end-flag': {
    input: z.object({ id: rowIdSchema, from: isoDateSchema.optional() }).strict(),
    output: z.object({ flag: flagSchema }),
  },
  /** The operative is back from `from` (default today): the absence ends the day before. */
  'absences/end-absence': {
    input: z.object({ id: rowIdSchema, from: isoDateSchema.optional() }).strict(),
    output: z.object({ absence: absenceSchema }),
  },
  /** "Send back to tray" for blocked placements: one undoable step. */
  'diary/return-to-tray': {
    input: z.object({ refs: z.array(idSchema).min(1, 'give at least one job').max(2000) }).strict(),
    output: z.object({ refs: z.array(z.string()) }),
  },
  /** "Re-plan": an auto-schedule run on just these placed jobs; poll `schedule/get-run`, then `schedule/accept-run` (one undoable step). */
  'diary/replan-jobs': {
    input: z
      .object({
        refs: z.array(idSchema).min(1, 'give at least one job').max(2000),
        time_limit_ms: z.number().int().min(100, 'time limit must be at least 100 ms').max(60_000).optional(),
      })
      .strict(),
    output: scheduleRunSchema,
  },
  'workspace/get-service-area': { input: empty, output: serviceAreaSchema },
  /** null: derive it again from the workspace's jobs and operatives. */
  'workspace/set-service-area': { input: z.object({ box: boxSchema.nullable() }).strict(), output: serviceAreaSchema },
} as const satisfies Record<string, ApiSpec>;

export type BlockedPlacementView = z.infer<typeof blockedPlacementSchema>;
export type FieldErrorView = z.infer<typeof fieldErrorSchema>;
