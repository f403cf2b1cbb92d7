// Supervisor flags (do not send, reduced duties), as stored.
import { z } from 'zod';
import { flagSchema } from '../../domain/schemas';
import { empty, type ApiSpec } from './common';

export const flagsApi = {
  'flags/list': { input: empty, output: z.array(flagSchema) },
} as const satisfies Record<string, ApiSpec>;
