// The impact/effort matrix's threshold (a workspace setting).
import { z } from 'zod';
import { empty, type ApiSpec } from './common';

export const matrixSettingsSchema = z.object({ high: z.number().int().min(2, 'high must be 2–5').max(5, 'high must be 2–5') }).strict();

export const matrixApi = {
  'matrix/get-settings': { input: empty, output: matrixSettingsSchema },
  'matrix/set-settings': { input: matrixSettingsSchema, output: matrixSettingsSchema },
} as const satisfies Record<string, ApiSpec>;
