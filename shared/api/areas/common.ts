// Small schema pieces shared by the contract's areas.
import { z } from 'zod';
import { MAX_ROW_ID } from '../../domain/limits';

export const empty = z.object({}).strict();
export type ApiSpec = { input: z.ZodType; output: z.ZodType };

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
