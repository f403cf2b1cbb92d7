// The diary: the board's data, rule-checked moves (single and multi), pins and the override log;
// placements an edit blocked (back to the tray, or re-plan them), suggested operatives for a job
// and placing the chosen one, and the week the diary opens on.
import { z } from 'zod';
import {
  absenceSchema,
  dependencySchema,
  diaryEntrySchema,
  flagSchema,
  hhmmSchema,
  idSchema,
  isoDateSchema,
  operativeSchema,
  slaPolicySchema,
} from '../../domain/schemas';
import { daySequenceSchema } from '../../domain/limits';
import { jobViewSchema } from '../views';
import { dateRangeSchema, empty, placementStatusSchema, violationSchema, type ApiSpec } from './common';
import { boardRosterSchema, dropoutSchema } from './roster';
import { jobFieldsSchema } from './jobs';
import { scheduleRunSchema } from './schedule';

export { placementStatusSchema, violationSchema };

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

export const moveResultSchema = z.object({
  /** The job's diary entry after the move, null when it went back to the tray. */
  entry: diaryEntrySchema.nullable(),
  status: placementStatusSchema,
  violations: z.array(violationSchema),
  /** Ids of override-log rows written for hard violations placed anyway. */
  overrides: z.array(z.number().int()),
});

export const suggestionSchema = z.object({
  operative_id: z.string(),
  name: z.string(),
  date: z.string(),
  /** When the visit would start ('HH:MM'). */
  start: z.string(),
  end: z.string(),
  /** Position in the operative's day (0 = first). */
  index: z.number().int(),
  /** Set when the slot is today and waits for "now": it is placed as a booked time. */
  booked_start: z.string().nullable(),
  /** Travel the job adds to the operative's day, minutes. */
  travel_min: z.number().int(),
  /** Refs it would push past their window or SLA deadline. */
  knock_on: z.array(z.string()),
  /** Soft rules it would break (warnings); never a hard one. */
  warnings: z.array(violationSchema),
});

export const suggestResultSchema = z.object({
  job: z.string(),
  sla_deadline: z.string().nullable(),
  /** The dates searched. */
  from: z.string(),
  to: z.string(),
  /** Slots finishing after the SLA deadline were ruled out (the deadline is still ahead). */
  within_sla: z.boolean(),
  /** Best first: earliest arrival, then added travel, then knock-on. */
  suggested: z.array(suggestionSchema),
  cannot: z.array(
    z.object({
      operative_id: z.string(),
      name: z.string(),
      rules: z.array(z.object({ rule: z.string(), reason: z.string() })),
    }),
  ),
  /** The cannot-list grouped by its main blocking rule: "7 have no GAS trade", "2 absent". */
  summary: z.array(z.object({ rule: z.string(), count: z.number().int(), text: z.string() })),
});

const refsSchema = z.array(idSchema).min(1, 'give at least one job').max(2000);

export const diaryApi = {
  'diary/list': {
    input: dateRangeSchema,
    output: z.array(diaryEntrySchema),
  },
  /**
   * Everything the board needs to draw and to judge drops client-side without a round trip: the
   * backend's planning snapshot for the range (readPlanningWorld) plus the diary. The renderer
   * builds its world from it with shared/rules worldFromSnapshot, as the backend does.
   */
  'diary/get-board': {
    input: dateRangeSchema,
    output: z.object({
      from: z.string(),
      to: z.string(),
      dates: z.array(z.string()),
      operatives: z.array(operativeSchema),
      absences: z.array(absenceSchema),
      flags: z.array(flagSchema),
      /** Open jobs and placed jobs, with SLA deadlines and placements. */
      jobs: z.array(jobViewSchema),
      /** Every stored link, also to jobs not listed. */
      dependencies: z.array(dependencySchema),
      /** Every diary entry (not only the range): dependency checks look outside it. */
      entries: z.array(diaryEntrySchema),
      overtimeMin: z.number().int(),
      slaPolicy: slaPolicySchema,
      /** Bumps on every stored change; lets the board tell when its copy is stale. */
      version: z.number().int(),
      /** Roster patterns and the overrides on the board's dates and on every date with a diary entry. */
      roster: boardRosterSchema,
      /** Placed jobs in the range the roster or an absence no longer covers (operative drop-outs). */
      dropouts: z.array(dropoutSchema),
      /** Locked visits (issue 15), drawn on their cards: what the lock keeps and why. */
      locks: z.array(z.object({ ref: z.string(), lock: z.enum(['time', 'operative', 'both']), reason: z.string() })),
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
  /** "Send back to tray" for blocked placements: one undoable step. */
  'diary/return-to-tray': { input: z.object({ refs: refsSchema }).strict(), output: z.object({ refs: z.array(z.string()) }) },
  /** "Re-plan": an auto-schedule run on just these placed jobs; poll `schedule/get-run`, then `schedule/accept-run` (one undoable step). */
  /** Suggested operatives for the New repair dialog's draft, before it is created (judged as a tray job; nothing is written). */
  'diary/suggest-for-draft': {
    input: z.object({ fields: jobFieldsSchema, date: isoDateSchema.optional() }).strict(),
    output: suggestResultSchema,
  },
  'diary/replan-jobs': {
    input: z
      .object({
        refs: refsSchema,
        time_limit_ms: z.number().int().min(100, 'time limit must be at least 100 ms').max(60_000).optional(),
      })
      .strict(),
    output: scheduleRunSchema,
  },
  'diary/suggest-operatives': {
    input: z.object({ ref: idSchema, date: isoDateSchema.optional() }).strict(),
    output: suggestResultSchema,
  },
  /** Places the job on the operative at the suggested time through the diary's move path; refused if the suggestion no longer holds. */
  'diary/place-suggestion': {
    input: z.object({ ref: idSchema, operative_id: idSchema, date: isoDateSchema, start: hhmmSchema }).strict(),
    output: moveResultSchema,
  },
  /** The week the diary opens on. */
  'diary/get-start-week': {
    input: empty,
    output: z.object({
      today: z.string(),
      week_start: z.string(),
      week_end: z.string(),
      placements: z.number().int(),
      is_current_week: z.boolean(),
    }),
  },
} as const satisfies Record<string, ApiSpec>;

export type SuggestResultView = z.infer<typeof suggestResultSchema>;
