// Absences with kind and reason: the list, edits that report the placed jobs they knock out, and
// ending one early (the operative is back).
import { z } from 'zod';
import { ABSENCE_KINDS, absenceSchema, idSchema, isoDateSchema } from '../../domain/schemas';
import { rowIdSchema } from '../../domain/limits';
import { empty, type ApiSpec } from './common';
import { withDropouts } from './roster';

const absenceFields = {
  operative_id: idSchema,
  from: isoDateSchema,
  to: isoDateSchema,
  kind: z.enum(ABSENCE_KINDS),
  reason: z.string().trim().max(500),
};

export const absencesApi = {
  'absences/list': { input: empty, output: z.array(absenceSchema) },
  'absences/add': { input: z.object(absenceFields).strict(), output: withDropouts({ absence: absenceSchema }) },
  'absences/update': {
    input: z.object({ id: rowIdSchema, ...absenceFields }).strict(),
    output: withDropouts({ absence: absenceSchema }),
  },
  'absences/delete': { input: z.object({ id: rowIdSchema }).strict(), output: z.object({ id: z.number().int() }) },
  /** The operative is back from `from` (default today): the absence ends the day before. */
  'absences/end-absence': {
    input: z.object({ id: rowIdSchema, from: isoDateSchema.optional() }).strict(),
    output: z.object({ absence: absenceSchema }),
  },
} as const satisfies Record<string, ApiSpec>;
