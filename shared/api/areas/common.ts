// Small schema pieces shared by the contract's areas.
import { z } from 'zod';

export const empty = z.object({}).strict();
export type ApiSpec = { input: z.ZodType; output: z.ZodType };
