// All-or-nothing CSV import of the four input formats.
import { z } from 'zod';
import { importResultSchema } from '../views';
import type { ApiSpec } from './common';

const MAX_CSV_CHARS = 50_000_000;
const csvText = z.string().max(MAX_CSV_CHARS, 'CSV text over 50 MB');

export const importApi = {
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
} as const satisfies Record<string, ApiSpec>;
