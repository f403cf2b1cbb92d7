// changes/*: change requests against the published plan and the planner's sign-off (issue 15).
import { z } from 'zod';
import { idSchema, isoDateSchema, prioritySchema } from '../../domain/schemas';
import { daySequenceSchema, rowIdSchema } from '../../domain/limits';
import { changeKindSchema } from '../../governance/change-policy';
import { empty, type ApiSpec } from './common';

export const changeRequestSchema = z.object({
  id: z.number().int(),
  ref: z.string(),
  kind: z.string(),
  from_operative: z.string().nullable(),
  to_operative: z.string().nullable(),
  from_date: z.string().nullable(),
  to_date: z.string().nullable(),
  to_priority: z.string().nullable(),
  from_priority: z.string().nullable(),
  requested_by: z.string(),
  role: z.string(),
  reason: z.string(),
  source: z.enum(['app', 'csv', 'unlock']),
  requested_at: z.string(),
  /** applied (the policy allowed it), pending (in Sign-off), approved, rejected. */
  state: z.enum(['applied', 'pending', 'approved', 'rejected']),
  /** What the policy said, in words ("needs the planner's sign-off", "the visit is time-locked"). */
  policy: z.string(),
  decided_by: z.string().nullable(),
  decided_at: z.string().nullable(),
  answer: z.string().nullable(),
  /** A resequence's position asked for in the day (0 = first). */
  to_sequence: z.number().int().nullable(),
});
export type ChangeRequestView = z.infer<typeof changeRequestSchema>;

const placeSchema = z.object({ operative_id: z.string(), date: z.string(), sequence: z.number().int() });
const reason = z.string().trim().min(3, 'give a reason of at least 3 characters').max(500);

export const changesApi = {
  'changes/request': {
    input: z
      .object({
        ref: idSchema,
        kind: changeKindSchema,
        to_operative: idSchema.optional(),
        to_date: isoDateSchema.optional(),
        to_priority: prioritySchema.optional(),
        /** For a resequence: the position asked for in the day (0 = first). */
        to_sequence: daySequenceSchema.optional(),
        reason,
      })
      .strict(),
    output: changeRequestSchema,
  },
  /** The Sign-off queue (pending), or every request and decision, newest first. */
  'changes/list': {
    input: z.object({ state: z.enum(['applied', 'pending', 'approved', 'rejected']).optional() }).strict(),
    output: z.array(changeRequestSchema),
  },
  'changes/approve': {
    input: z.object({ id: rowIdSchema, note: z.string().trim().max(500).optional() }).strict(),
    output: changeRequestSchema,
  },
  'changes/reject': { input: z.object({ id: rowIdSchema, reason }).strict(), output: changeRequestSchema },
  /** changes.csv text; all or nothing. */
  'changes/import-csv': {
    input: z.object({ text: z.string().max(2_000_000), file: z.string().max(200).optional() }).strict(),
    output: z.array(changeRequestSchema),
  },
  /** Waiting for sign-off, and edits to the published range since it was published (the badge). */
  'changes/get-count': { input: empty, output: z.object({ pending: z.number().int(), unpublished: z.number().int() }) },
  /** The edits to the latest published range since it was published, each within or outside policy. */
  'changes/list-unpublished': {
    input: empty,
    output: z.object({
      against: z.number().int().nullable(),
      changes: z.array(
        z.object({
          ref: z.string(),
          kind: z.string(),
          from: placeSchema.nullable(),
          to: placeSchema.nullable(),
          from_priority: z.string().nullable(),
          to_priority: z.string().nullable(),
          within_policy: z.boolean(),
          request: z.number().int().nullable(),
          requested_by: z.string().nullable(),
          decided_by: z.string().nullable(),
          reason: z.string().nullable(),
        }),
      ),
    }),
  },
} as const satisfies Record<string, ApiSpec>;
