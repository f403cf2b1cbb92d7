import { z } from 'zod';
import { idSchema, isoDateSchema, hhmmSchema, diaryEntrySchema } from '../../domain/schemas';
import type { ApiSpec } from './common';

export const diaryApi = {
  'diary/list': {
    input: z.object({ from: isoDateSchema, to: isoDateSchema }).strict(),
    output: z.array(diaryEntrySchema),
  },
  'diary/assign-job': {
    input: z
      .object({
        ref: idSchema,
        operative_id: idSchema,
        date: isoDateSchema,
        start: hhmmSchema.nullable().optional(),
        pinned: z.boolean().optional(),
      })
      .strict(),
    output: diaryEntrySchema,
  },
  'diary/unassign-job': { input: z.object({ ref: idSchema }).strict(), output: z.object({ ref: z.string() }) },
} as const satisfies Record<string, ApiSpec>;
