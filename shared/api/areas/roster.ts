// The roster: the grid of who works when, per-day edits, weekly patterns and rotations,
// emergency cover, capacity against demand, and the placed jobs a roster change leaves
// uncovered (drop-outs). Absences are edited through absences.ts.
import { z } from 'zod';
import { ABSENCE_KINDS, idSchema, isoDateSchema } from '../../domain/schemas';
import { DROPOUT_REASONS } from '../../coverage/dropouts';
import {
  PATTERN_KINDS,
  coverRuleSchema,
  coverSettingsSchema,
  daySpecSchema,
  rosterDaySchema,
  rosterOverrideSchema,
  rosterPatternSchema,
  shiftSchema,
} from '../../roster/schemas';
import { rowIdSchema } from '../../domain/limits';
import { csvRowErrorSchema } from '../views';
import { dateRangeSchema, empty, type ApiSpec } from './common';

export const dropoutSchema = z.object({
  ref: z.string(),
  operative_id: z.string(),
  date: z.string(),
  reason: z.enum(DROPOUT_REASONS),
  rule_id: z.string(),
  message: z.string(),
});

/** What `diary/get-board` adds so the board judges with the same roster as the backend. */
export const boardRosterSchema = z.object({
  patterns: z.array(rosterPatternSchema),
  /** Overrides on the board's dates and on any date with a diary entry. */
  days: z.array(rosterOverrideSchema),
});

const gridAbsenceSchema = z.object({
  id: z.number().int(),
  kind: z.enum(ABSENCE_KINDS),
  reason: z.string(),
  from: z.string(),
  to: z.string(),
});

export const gridDaySchema = rosterDaySchema.extend({ absence: gridAbsenceSchema.nullable() });

const coverGapSchema = z.object({
  date: z.string(),
  trade: z.string(),
  have: z.number().int(),
  need: z.number().int(),
  on_call: z.array(z.string()),
});

const capacityDaySchema = z.object({
  date: z.string(),
  /** Hours, one decimal. */
  available: z.number(),
  demanded: z.number(),
  placed: z.number(),
  spread: z.number(),
  shortfall: z.number(),
  at_risk: z.array(z.string()),
});

export const capacitySchema = z.object({
  from: z.string(),
  to: z.string(),
  area: z.string().nullable(),
  dates: z.array(z.string()),
  trades: z.array(
    z.object({
      trade: z.string(),
      days: z.array(capacityDaySchema),
      shortfall: z.number(),
      at_risk: z.array(z.object({ ref: z.string(), priority: z.string(), deadline: z.string().nullable() })),
      summary: z.string(),
    }),
  ),
  summary: z.array(z.string()),
});

/** An edit's answer: what it wrote, plus the placed jobs it newly leaves uncovered. */
export const withDropouts = <T extends z.ZodRawShape>(shape: T) => z.object({ ...shape, dropouts: z.array(dropoutSchema) });

export const rosterApi = {
  'roster/get-grid': {
    input: dateRangeSchema,
    output: z.object({
      from: z.string(),
      to: z.string(),
      dates: z.array(z.string()),
      holidays: z.array(z.object({ date: z.string(), name: z.string() })),
      operatives: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          trades: z.array(z.string()),
          areas: z.array(z.string()),
          days: z.array(gridDaySchema),
        }),
      ),
      patterns: z.array(rosterPatternSchema),
      cover: z.object({ rules: coverSettingsSchema.shape.rules, gaps: z.array(coverGapSchema) }),
      version: z.number().int(),
    }),
  },
  /** The whole day: work hours or none, on call or not; `day: null` clears the override (patterns apply). */
  'roster/set-day': {
    input: z
      .object({
        operative_id: idSchema,
        date: isoDateSchema,
        day: z
          .object({ work: shiftSchema.nullable(), on_call: z.union([z.boolean(), shiftSchema]) })
          .strict()
          .nullable(),
      })
      .strict(),
    output: withDropouts({ day: rosterDaySchema }),
  },
  'roster/list-patterns': { input: z.object({ operative_id: idSchema.optional() }).strict(), output: z.array(rosterPatternSchema) },
  'roster/apply-pattern': {
    input: z
      .object({
        operative_ids: z.array(idSchema).min(1, 'choose at least one operative').max(500),
        name: z.string().trim().min(1, 'name the pattern').max(80),
        kind: z.enum(PATTERN_KINDS),
        anchor: isoDateSchema.optional(),
        from: isoDateSchema,
        to: isoDateSchema.nullable(),
        days: z.array(daySpecSchema).min(1).max(56),
      })
      .strict(),
    output: withDropouts({ patterns: z.array(rosterPatternSchema) }),
  },
  'roster/delete-pattern': { input: z.object({ id: rowIdSchema }).strict(), output: withDropouts({ id: z.number().int() }) },
  'roster/get-cover': { input: empty, output: coverSettingsSchema },
  'roster/set-cover': { input: z.object({ rules: z.array(coverRuleSchema.strict()).max(50) }).strict(), output: coverSettingsSchema },
  'roster/get-capacity': {
    input: dateRangeSchema.extend({ area: z.string().min(1).max(32).nullable().optional() }).strict(),
    output: capacitySchema,
  },
  /** Placed jobs the roster or an absence no longer covers (default: from today on). */
  'roster/list-dropouts': {
    input: z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }).strict(),
    output: z.array(dropoutSchema),
  },
  'roster/return-to-tray': {
    input: z.object({ refs: z.array(idSchema).min(1, 'give at least one job').max(2000) }).strict(),
    output: z.object({ refs: z.array(z.string()) }),
  },
  'roster/import-csv': {
    input: z.object({ csv: z.string().max(50_000_000, 'CSV text over 50 MB'), file: z.string().max(200).optional() }).strict(),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), rows: z.number().int(), days: z.number().int(), dropouts: z.array(dropoutSchema) }),
      z.object({ ok: z.literal(false), errors: z.array(csvRowErrorSchema) }),
    ]),
  },
  'roster/export-csv': {
    input: dateRangeSchema.extend({ overrides_only: z.boolean().optional() }).strict(),
    output: z.object({ csv: z.string(), rows: z.number().int() }),
  },
} as const satisfies Record<string, ApiSpec>;

export type GridDay = z.infer<typeof gridDaySchema>;
export type DropoutView = z.infer<typeof dropoutSchema>;
export type CapacityReport = z.infer<typeof capacitySchema>;
