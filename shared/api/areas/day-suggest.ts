// Who can take this job (suggested operatives, best first, and who cannot and why), placing the
// chosen suggestion, and where the diary opens (today's week when it has work, else the nearest).
import { z } from 'zod';
import { hhmmSchema, idSchema, isoDateSchema } from '../../domain/schemas';
import { empty, type ApiSpec } from './common';
import { moveResultSchema, violationSchema } from './diary';

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

export const daySuggestApi = {
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
