// All-or-nothing CSV import of the four input formats.
import { z } from 'zod';
import { importResultSchema } from '../views';
import type { ApiSpec } from './common';

const MAX_CSV_CHARS = 50_000_000;
const csvText = z.string().max(MAX_CSV_CHARS, 'CSV text over 50 MB');
const fileName = z.string().min(1).max(200);

export const importApi = {
  'import/run-csv': {
    input: z
      .object({
        operatives: csvText.optional(),
        jobs: csvText.optional(),
        absences: csvText.optional(),
        flags: csvText.optional(),
        /** File names to report errors against (default operatives.csv, jobs.csv, …): the CLI gives the real ones. */
        names: z.object({ operatives: fileName, jobs: fileName, absences: fileName, flags: fileName }).partial().strict().optional(),
      })
      .strict()
      .refine((v) => [v.operatives, v.jobs, v.absences, v.flags].some((t) => t !== undefined), 'give at least one CSV file'),
    output: importResultSchema,
  },
} as const satisfies Record<string, ApiSpec>;
