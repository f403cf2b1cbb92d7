// Small schema pieces shared by the contract's areas.
import { z } from 'zod';
import { MAX_ROW_ID } from '../../domain/limits';
import { isoDateSchema } from '../../domain/schemas';

export const empty = z.object({}).strict();
export type ApiSpec = { input: z.ZodType; output: z.ZodType };

/** A span of days, both ends included: the fields, for inputs that take more. */
export const dateRangeFields = { from: isoDateSchema, to: isoDateSchema };
/** An input that is only a span of days. */
export const dateRangeSchema = z.object(dateRangeFields).strict();

/** The daily touchpoints' input (briefing, close-out): a day, for one team or (no team) everyone. */
export const dayTeamSchema = z.object({ date: isoDateSchema, team: z.string().trim().min(1).max(100).optional() }).strict();

/** A PDF the backend made, as base64 so both transports carry it. */
export const pdfFileSchema = z.object({ file_name: z.string(), pdf_base64: z.string(), bytes: z.number().int() });

/** Where a visit is or was booked: whose diary, which day. */
export const operativeDaySchema = z.object({ operative_id: z.string(), date: z.string() });

/** A placement rule broken by a move (diary moves, schedule explanations, suggestions). */
export const violationSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['hard', 'soft']),
  reason: z.string(),
});
export const placementStatusSchema = z.enum(['ok', 'warn', 'blocked']);

/** A field problem of an edit (VALIDATION `details.fields`, or a draft check's list). */
export const fieldErrorSchema = z.object({ field: z.string().nullable(), message: z.string() });

/** A placement already in the diary that an edit has just made break a hard rule. */
export const blockedPlacementSchema = z.object({
  ref: z.string(),
  operative_id: z.string(),
  date: z.string(),
  rule_id: z.string(),
  message: z.string(),
});
export const blockedSchema = z.array(blockedPlacementSchema);

/** Why a job is cancelled, held or reopened, or an operative retired. */
export const reasonSchema = z.string().trim().min(3, 'give a reason of at least 3 characters').max(500);

/**
 * Job and operative edits take the CSV columns as text (numbers and lists accepted too), read by
 * the CSV import's own parser: the same checks and messages as an import.
 * One cell: text, or a number written as text (bounded like every number the API takes).
 */
export const cell = (max: number) =>
  z
    .union([z.string().max(max, `at most ${max} characters`), z.number().min(-MAX_ROW_ID).max(MAX_ROW_ID)])
    .transform((v) => (typeof v === 'number' ? String(v) : v));
/** A `;`-separated list cell, or the items as an array. */
export const listCell = z
  .union([z.string().max(5000), z.array(z.string().max(200)).max(100)])
  .transform((v) => (Array.isArray(v) ? v.join(';') : v));

export type BlockedPlacementView = z.infer<typeof blockedPlacementSchema>;
export type FieldErrorView = z.infer<typeof fieldErrorSchema>;
