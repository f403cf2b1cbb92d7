import { z } from 'zod';
import { idSchema, isoDateSchema, hhmmSchema, diaryEntrySchema, slaPolicySchema } from '../../domain/schemas';
import { daySequenceSchema } from '../../domain/limits';
import { jobViewSchema, operativeViewSchema } from '../views';
import { empty, type ApiSpec } from './common';
import { boardRosterSchema, dropoutSchema } from './roster';

export const violationSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['hard', 'soft']),
  reason: z.string(),
});
export const placementStatusSchema = z.enum(['ok', 'warn', 'blocked']);

/** Where the client last saw the job: the stale-card check. null = in the tray. */
const seenAtSchema = z.object({ operative_id: idSchema, date: isoDateSchema, sequence: daySequenceSchema }).strict().nullable();

const targetSchema = z
  .object({
    operative_id: idSchema,
    date: isoDateSchema,
    /** Position in the day's sequence; default: the end. */
    index: daySequenceSchema.optional(),
  })
  .strict();

const overrideReasonSchema = z.string().trim().min(3, 'give a reason of at least 3 characters').max(500);

export const overrideRecordSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  who: z.string(),
  job_ref: z.string(),
  operative_id: z.string(),
  date: z.string(),
  rule_id: z.string(),
  violation: z.string(),
  reason: z.string(),
});

export const jobEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.string(),
  detail: z.unknown(),
  /** Who made the change (app and CLI edits); null for events recorded without one. */
  who: z.string().nullable(),
});

export const moveResultSchema = z.object({
  /** The job's diary entry after the move, null when it went back to the tray. */
  entry: diaryEntrySchema.nullable(),
  status: placementStatusSchema,
  violations: z.array(violationSchema),
  /** Ids of override-log rows written for hard violations placed anyway. */
  overrides: z.array(z.number().int()),
});

export const diaryApi = {
  'diary/list': {
    input: z.object({ from: isoDateSchema, to: isoDateSchema }).strict(),
    output: z.array(diaryEntrySchema),
  },
  /** Everything the board needs to draw and to judge drops client-side without a round trip. */
  'diary/get-board': {
    input: z.object({ from: isoDateSchema, to: isoDateSchema }).strict(),
    output: z.object({
      from: z.string(),
      to: z.string(),
      dates: z.array(z.string()),
      operatives: z.array(operativeViewSchema),
      /** Open jobs (placed or not) with SLA deadlines and placements. */
      jobs: z.array(jobViewSchema),
      /** Every diary entry (not only the range): dependency checks look outside it. */
      entries: z.array(diaryEntrySchema),
      overtimeMin: z.number().int(),
      slaPolicy: slaPolicySchema,
      /** Bumps on every stored change; lets the board tell when its copy is stale. */
      version: z.number().int(),
      /** Roster patterns and overrides: pass as buildWorld({ roster }) so the board judges with the rostered days and hours. */
      roster: boardRosterSchema,
      /** Placed jobs in the range the roster or an absence no longer covers (operative drop-outs). */
      dropouts: z.array(dropoutSchema),
    }),
  },
  'diary/check-placement': {
    input: z.object({ ref: idSchema, to: targetSchema }).strict(),
    output: z.object({ status: placementStatusSchema, violations: z.array(violationSchema), start: z.string(), end: z.string() }),
  },
  'diary/move-job': {
    input: z
      .object({
        ref: idSchema,
        /** null = back to the unscheduled tray. */
        to: targetSchema.nullable(),
        start: hhmmSchema.nullable().optional(),
        seen: seenAtSchema,
        override_reason: overrideReasonSchema.optional(),
      })
      .strict(),
    output: moveResultSchema,
  },
  'diary/move-jobs': {
    input: z
      .object({
        moves: z
          .array(z.object({ ref: idSchema, seen: seenAtSchema }).strict())
          .min(1, 'select at least one job')
          .max(500),
        to: targetSchema.nullable(),
        override_reason: overrideReasonSchema.optional(),
      })
      .strict(),
    output: z.array(moveResultSchema.extend({ ref: z.string() })),
  },
  'diary/pin-job': {
    input: z.object({ ref: idSchema, pinned: z.boolean() }).strict(),
    output: diaryEntrySchema,
  },
  'diary/list-overrides': { input: empty, output: z.array(overrideRecordSchema) },
  'jobs/get-history': { input: z.object({ ref: idSchema }).strict(), output: z.array(jobEventSchema) },
  'diary/assign-job': {
    input: z
      .object({
        ref: idSchema,
        operative_id: idSchema,
        date: isoDateSchema,
        start: hhmmSchema.nullable().optional(),
        pinned: z.boolean().optional(),
        override_reason: overrideReasonSchema.optional(),
      })
      .strict(),
    output: moveResultSchema,
  },
  'diary/unassign-job': { input: z.object({ ref: idSchema }).strict(), output: z.object({ ref: z.string() }) },
} as const satisfies Record<string, ApiSpec>;
