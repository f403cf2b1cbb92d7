// Absences with kind and reason: the list, and edits that report the placed jobs they knock out.
import { z } from 'zod';
import { ABSENCE_KINDS, absenceSchema, idSchema, isoDateSchema } from '../../domain/schemas';
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
    input: z.object({ id: z.number().int(), ...absenceFields }).strict(),
    output: withDropouts({ absence: absenceSchema }),
  },
  'absences/delete': { input: z.object({ id: z.number().int() }).strict(), output: z.object({ id: z.number().int() }) },
} as const satisfies Record<string, ApiSpec>;
