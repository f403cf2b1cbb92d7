// CSV export in exactly the import formats, and the diary.
import { z } from 'zod';
import type { ApiSpec } from './common';

export const CSV_KINDS = ['operatives', 'jobs', 'absences', 'flags', 'diary'] as const;

export const exportApi = {
  'export/run-csv': {
    input: z.object({ what: z.enum(CSV_KINDS, { error: `must be one of ${CSV_KINDS.join(', ')}` }) }).strict(),
    output: z.object({ csv: z.string(), rows: z.number().int() }),
  },
} as const satisfies Record<string, ApiSpec>;
