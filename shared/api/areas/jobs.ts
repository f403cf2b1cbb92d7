import { z } from 'zod';
import { idSchema, jobStatusSchema, absenceSchema, flagSchema, JOB_STATUSES } from '../../domain/schemas';
import { jobViewSchema, operativeViewSchema } from '../views';
import { empty, type ApiSpec } from './common';

const dependencyRow = z.object({ pred_ref: z.string(), succ_ref: z.string(), lag_min: z.number().int() });

export const jobsApi = {
  'jobs/list': {
    input: z.object({ status: z.array(jobStatusSchema).max(JOB_STATUSES.length).optional() }).strict(),
    output: z.array(jobViewSchema),
  },
  'jobs/get': { input: z.object({ ref: idSchema }).strict(), output: jobViewSchema },
  'operatives/list': { input: empty, output: z.array(operativeViewSchema) },
  'absences/list': { input: empty, output: z.array(absenceSchema) },
  'flags/list': { input: empty, output: z.array(flagSchema) },
  'dependencies/list': { input: empty, output: z.array(dependencyRow) },
} as const satisfies Record<string, ApiSpec>;
