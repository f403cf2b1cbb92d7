import { z } from 'zod';
import { idSchema, jobStatusSchema, absenceSchema, flagSchema, dependencySchema } from '../../domain/schemas';
import { jobViewSchema, operativeViewSchema } from '../views';
import { empty, type ApiSpec } from './common';

export const jobsApi = {
  'jobs/list': {
    input: z.object({ status: z.array(jobStatusSchema).optional() }).strict(),
    output: z.array(jobViewSchema),
  },
  'jobs/get': { input: z.object({ ref: idSchema }).strict(), output: jobViewSchema },
  'operatives/list': { input: empty, output: z.array(operativeViewSchema) },
  'absences/list': { input: empty, output: z.array(absenceSchema) },
  'flags/list': { input: empty, output: z.array(flagSchema) },
  'dependencies/list': { input: empty, output: z.array(dependencySchema) },
} as const satisfies Record<string, ApiSpec>;
