// Operatives, each with their absences and supervisor flags; adding, editing and retiring one
// (fields are the operatives.csv columns), and an operative's history of edits.
import { z } from 'zod';
import { idSchema, isoDateSchema, operativeSchema } from '../../domain/schemas';
import { operativeViewSchema } from '../views';
import { blockedSchema, cell, empty, listCell, reasonSchema, type ApiSpec } from './common';

export const operativeFieldsSchema = z
  .object({
    id: cell(64),
    name: cell(200),
    trades: listCell,
    competences: listCell,
    start_lat: cell(40),
    start_lon: cell(40),
    shift_start: cell(8),
    shift_end: cell(8),
    working_days: listCell,
    areas: listCell,
  })
  .partial()
  .strict();

const eventSchema = z.object({ id: z.number().int(), at: z.string(), who: z.string(), kind: z.string(), detail: z.unknown() });

export const operativesApi = {
  'operatives/list': { input: empty, output: z.array(operativeViewSchema) },
  'operatives/create-operative': {
    input: z.object({ fields: operativeFieldsSchema }).strict(),
    output: z.object({ operative: operativeSchema }),
  },
  'operatives/update-operative': {
    input: z.object({ id: idSchema, fields: operativeFieldsSchema }).strict(),
    output: z.object({ operative: operativeSchema, changed: z.array(z.string()), blocked: blockedSchema }),
  },
  /** Leaves the board and cannot be placed on from `from` (default today); history and old records stay. */
  'operatives/retire-operative': {
    input: z.object({ id: idSchema, reason: reasonSchema, from: isoDateSchema.optional() }).strict(),
    output: z.object({ operative: operativeSchema, blocked: blockedSchema }),
  },
  'operatives/get-history': { input: z.object({ id: idSchema }).strict(), output: z.array(eventSchema) },
} as const satisfies Record<string, ApiSpec>;
