// Printable day sheets as PDF: one operative's, or a team's (those named, or everyone working).
// The PDF comes back as base64 so both transports carry it and the UI saves or opens it.
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../../domain/schemas';
import { pdfFileSchema, type ApiSpec } from './common';

export const printApi = {
  'print/create-day-sheets': {
    input: z
      .object({
        date: isoDateSchema,
        /** One id: that operative's sheet. Several: a team sheet for them. None: everyone working that day. */
        operative_ids: z.array(idSchema).max(500).optional(),
      })
      .strict(),
    output: pdfFileSchema.extend({
      pages: z.number().int(),
      operatives: z.number().int(),
      jobs: z.number().int(),
    }),
  },
} as const satisfies Record<string, ApiSpec>;
