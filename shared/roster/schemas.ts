// Zod schemas for the roster: weekly and rotating patterns, per-day overrides, emergency cover
// rules. Types are inferred from these (never written twice), as in domain/schemas.ts.
import { z } from 'zod';
import { codeSchema, hhmmSchema, idSchema, isoDateSchema } from '../domain/schemas';

export const ROSTER_KINDS = ['work', 'on_call', 'off'] as const;
export const rosterKindSchema = z.enum(ROSTER_KINDS);

/**
 * A span of hours on one date. `overnight` marks a shift that ends on the next day (written
 * `22:00-06:00+1`); without it the end must be after the start, so a crossing is never implied.
 */
export const shiftSchema = z.object({ start: hhmmSchema, end: hhmmSchema, overnight: z.boolean() });

/**
 * One day of a pattern. Each half may be left to the layer below (null = inherit): `work` is
 * hours or 'off'; `on_call` true/false. So an on-call rota can leave working hours alone.
 */
export const daySpecSchema = z.object({
  work: z.union([shiftSchema, z.literal('off')]).nullable(),
  on_call: z.boolean().nullable(),
});

export const PATTERN_KINDS = ['weekly', 'rotation'] as const;

export const rosterPatternSchema = z.object({
  id: z.number().int(),
  operative_id: idSchema,
  name: z.string().min(1).max(80),
  /** weekly: days[0..6] are Mon..Sun. rotation: a cycle of days.length days, day 0 on `anchor`. */
  kind: z.enum(PATTERN_KINDS),
  anchor: isoDateSchema,
  from: isoDateSchema,
  /** Inclusive; null = open-ended. */
  to: isoDateSchema.nullable(),
  days: z.array(daySpecSchema).min(1).max(56),
});

/** A stored per-day override (table roster_days). Dates with any override are defined by them alone. */
export const rosterOverrideSchema = z.object({
  operative_id: idSchema,
  date: isoDateSchema,
  kind: rosterKindSchema,
  /** null for 'off', and for 'on_call' without set hours. */
  start: hhmmSchema.nullable(),
  end: hhmmSchema.nullable(),
  overnight: z.boolean(),
});

export const coverRuleSchema = z.object({ trade: codeSchema, min: z.number().int().min(1).max(50) });
export const coverSettingsSchema = z.object({ rules: z.array(coverRuleSchema).max(50) });

export const ROSTER_SOURCES = ['pattern', 'rotation', 'override', 'bank-holiday'] as const;

/** The resolved roster of one operative on one date. */
export const rosterDaySchema = z.object({
  date: z.string(),
  working: z.boolean(),
  /** Working hours (null when not working). */
  shift: shiftSchema.nullable(),
  on_call: z.boolean(),
  /** On-call hours when an override sets them; null = on call outside working hours. */
  on_call_hours: shiftSchema.nullable(),
  /** What decided `working`. */
  source: z.enum(ROSTER_SOURCES),
  /** Bank holiday on the date, if any (whatever the source). */
  holiday: z.string().nullable(),
  /** Name of the weekly pattern or rotation that decided `working`; null for the operative's own days. */
  pattern: z.string().nullable(),
  /** Whether the patterns alone (before bank holidays and overrides) had the operative working. */
  pattern_working: z.boolean(),
});
