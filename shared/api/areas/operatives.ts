// Operatives, each with their absences and supervisor flags.
import { z } from 'zod';
import { operativeViewSchema } from '../views';
import { empty, type ApiSpec } from './common';

export const operativesApi = {
  'operatives/list': { input: empty, output: z.array(operativeViewSchema) },
} as const satisfies Record<string, ApiSpec>;
