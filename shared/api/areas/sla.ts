import { slaPolicySchema } from '../../domain/schemas';
import { empty, type ApiSpec } from './common';

export const slaApi = {
  'sla/get-policy': { input: empty, output: slaPolicySchema },
  'sla/set-policy': { input: slaPolicySchema, output: slaPolicySchema },
} as const satisfies Record<string, ApiSpec>;
