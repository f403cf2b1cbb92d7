// Baselines: immutable snapshots of every planned finish, the reference plan for slip triggers.
import { z } from 'zod';
import { empty, type ApiSpec } from './common';

const baselineSchema = z.object({ id: z.number().int(), label: z.string(), saved_at: z.string(), jobs: z.number().int() });

export const baselineApi = {
  /** An immutable snapshot of every planned finish, the reference for slip triggers. */
  'baseline/save': {
    input: z.object({ label: z.string().trim().max(200).optional() }).strict(),
    output: baselineSchema,
  },
  'baseline/list': { input: empty, output: z.array(baselineSchema) },
} as const satisfies Record<string, ApiSpec>;
