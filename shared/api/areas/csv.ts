import { z } from 'zod';
import { importResultSchema } from '../views';
import type { ApiSpec } from './common';

export const CSV_KINDS = ['operatives', 'jobs', 'absences', 'flags', 'diary'] as const;
const MAX_CSV_CHARS = 50_000_000;
const csvText = z.string().max(MAX_CSV_CHARS, 'CSV text over 50 MB');

export const csvApi = {
  'import/run-csv': {
    input: z
      .object({
        operatives: csvText.optional(),
        jobs: csvText.optional(),
        absences: csvText.optional(),
        flags: csvText.optional(),
      })
      .strict()
      .refine((v) => Object.values(v).some((t) => t !== undefined), 'give at least one CSV file'),
    output: importResultSchema,
  },
  'export/run-csv': {
    input: z.object({ what: z.enum(CSV_KINDS) }).strict(),
    output: z.object({ csv: z.string(), rows: z.number().int() }),
  },
} as const satisfies Record<string, ApiSpec>;
