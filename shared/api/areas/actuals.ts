// actuals/*: recording what happened (actuals.csv, end-of-day close-out), plan versus actual
// against the version in force, a job's visit record, and the actuals policy.
import { z } from 'zod';
import { actualsPolicySchema, outcomeSchema } from '../../actuals/schemas';
import { hhmmSchema, idSchema, isoDateSchema } from '../../domain/schemas';
import { csvRowErrorSchema } from '../views';
import { dateRangeSchema, empty, type ApiSpec } from './common';

const MAX_CSV_CHARS = 50_000_000;
const rate = z.number().min(0).max(1).nullable();

export const recordResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    counts: z.object({
      rows: z.number().int(),
      added: z.number().int(),
      corrected: z.number().int(),
      unchanged: z.number().int(),
      rebookings: z.number().int(),
      follow_ons: z.array(z.string()),
      flags_raised: z.array(z.string()),
    }),
  }),
  z.object({ ok: z.literal(false), errors: z.array(csvRowErrorSchema) }),
]);

const slaShare = z.object({ completed: z.number().int(), within_target: z.number().int(), rate });

/** Visits by outcome and the completion rate: in the KPIs and in every roll-up row. */
const outcomeCounts = {
  visits: z.number().int(),
  completed: z.number().int(),
  no_access: z.number().int(),
  abortive: z.number().int(),
  further_work: z.number().int(),
  cancelled: z.number().int(),
  completion_rate: rate,
};

export const actualsKpisSchema = z.object({
  ...outcomeCounts,
  first_visit_completion: rate,
  no_access_rate: rate,
  abortive_rate: rate,
  within_sla_by_priority: z.record(z.string(), slaShare),
  rp02: z.object({ emergency: slaShare, non_emergency: slaShare }),
  punctuality: rate,
  late_visits: z.number().int(),
  duration_variance_min: z.number().nullable(),
  duration_variance_pct: z.number().nullable(),
});

export const visitComparisonSchema = z.object({
  ref: z.string(),
  version: z.number().int(),
  outcome: outcomeSchema,
  reason: z.string().nullable(),
  trade: z.string(),
  priority: z.string(),
  team: z.string(),
  planned: z
    .object({
      operative_id: z.string(),
      date: z.string(),
      start: z.string(),
      end: z.string(),
      duration_min: z.number(),
      window: z.string(),
    })
    .nullable(),
  actual: z.object({
    operative_id: z.string(),
    date: z.string(),
    arrived: z.string().nullable(),
    left: z.string().nullable(),
    duration_min: z.number().nullable(),
  }),
  late_min: z.number().nullable(),
  punctual: z.boolean().nullable(),
  start_delta_min: z.number().nullable(),
  duration_variance_min: z.number().nullable(),
  deadline: z.string().nullable(),
  within_sla: z.boolean().nullable(),
  first_visit: z.boolean(),
  moved: z.boolean(),
});

const rollup = z.object({
  key: z.string(),
  ...outcomeCounts,
  late_visits: z.number().int(),
  duration_variance_min: z.number().nullable(),
});

const recorded = z.object({
  operative_id: z.string(),
  arrived: z.string().nullable(),
  left: z.string().nullable(),
  outcome: outcomeSchema,
  reason: z.string().nullable(),
  follow_on_trade: z.string().nullable(),
  follow_on_minutes: z.number().nullable(),
  notes: z.string(),
});

const cell = (max: number) => z.string().max(max);
const closeOutEntry = z
  .object({
    ref: idSchema,
    arrived: z.union([hhmmSchema, z.literal('')]),
    left: z.union([hhmmSchema, z.literal('')]),
    outcome: cell(32),
    reason: cell(32),
    follow_on_trade: cell(32),
    follow_on_minutes: cell(8),
    notes: cell(2000),
  })
  .strict();

export const actualsApi = {
  'actuals/import-csv': {
    input: z.object({ csv: z.string().max(MAX_CSV_CHARS, 'CSV text over 50 MB'), file: z.string().min(1).max(200).optional() }).strict(),
    output: recordResultSchema,
  },
  'actuals/get-report': {
    input: dateRangeSchema,
    output: z.object({
      from: z.string(),
      to: z.string(),
      kpis: actualsKpisSchema,
      visits: z.array(visitComparisonSchema),
      rollups: z.object({ operative_days: z.array(rollup), trades: z.array(rollup), teams: z.array(rollup), days: z.array(rollup) }),
    }),
  },
  'actuals/export-report': { input: dateRangeSchema, output: z.object({ csv: z.string(), rows: z.number().int() }) },
  'actuals/get-close-out': {
    input: z.object({ operative_id: idSchema, date: isoDateSchema }).strict(),
    output: z.object({
      operative_id: z.string(),
      date: z.string(),
      version: z.number().int().nullable(),
      message: z.string().nullable(),
      visits: z.array(
        z.object({
          ref: z.string(),
          sequence: z.number().int(),
          planned_start: z.string(),
          planned_end: z.string(),
          window: z.string(),
          address: z.string(),
          trade: z.string(),
          priority: z.string(),
          recorded: recorded.nullable(),
        }),
      ),
    }),
  },
  'actuals/record-close-out': {
    input: z
      .object({
        operative_id: idSchema,
        date: isoDateSchema,
        version: z.number().int().min(1).max(1_000_000),
        visits: z.array(closeOutEntry).min(1, 'tick at least one visit').max(200),
      })
      .strict(),
    output: recordResultSchema,
  },
  'actuals/list-visits': {
    input: z.object({ ref: idSchema }).strict(),
    output: z.array(
      recorded.extend({
        id: z.number().int(),
        version: z.number().int(),
        date: z.string(),
        source: z.string(),
        recorded_at: z.string(),
        recorded_by: z.string(),
        superseded_by: z.number().int().nullable(),
      }),
    ),
  },
  'actuals/get-policy': { input: empty, output: actualsPolicySchema },
  'actuals/set-policy': { input: actualsPolicySchema.strict(), output: actualsPolicySchema },
} as const satisfies Record<string, ApiSpec>;
