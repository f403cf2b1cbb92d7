// locks/*: locks on published visits (issue 15). Unlocking needs a reason and is recorded.
import { z } from 'zod';
import { idSchema } from '../../domain/schemas';
import { lockSchema } from '../../governance/change-policy';
import { empty, type ApiSpec } from './common';

export const lockRowSchema = z.object({
  job_ref: z.string(),
  lock: z.enum(['time', 'operative', 'both']),
  reason: z.string(),
  set_by: z.string(),
  set_at: z.string(),
});

export const locksApi = {
  'locks/set-lock': {
    input: z
      .object({ ref: idSchema, lock: lockSchema, reason: z.string().trim().min(3, 'give a reason of at least 3 characters').max(500) })
      .strict(),
    output: z.object({ ref: z.string(), lock: lockSchema }),
  },
  'locks/list': { input: empty, output: z.array(lockRowSchema) },
} as const satisfies Record<string, ApiSpec>;
