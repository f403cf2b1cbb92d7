// The workspace: what is open (counts, SLA policy, read-only reason), its store version, and the
// service area new jobs and operatives must fall in.
import { z } from 'zod';
import { workspaceInfoSchema } from '../views';
import { empty, type ApiSpec } from './common';

const boxSchema = z
  .object({
    min_lat: z.number().min(-90).max(90),
    max_lat: z.number().min(-90).max(90),
    min_lon: z.number().min(-180).max(180),
    max_lon: z.number().min(-180).max(180),
  })
  .strict();
const serviceAreaSchema = z.object({
  source: z.enum(['setting', 'derived', 'none']),
  box: boxSchema.nullable(),
  margin_km: z.number(),
});

export const workspaceApi = {
  'workspace/get-info': { input: empty, output: workspaceInfoSchema },
  /** Changes with every stored change, by this process or another (a second app, the CLI): the UI polls it. */
  'workspace/get-version': { input: empty, output: z.object({ version: z.number().int().min(0) }) },
  'workspace/get-service-area': { input: empty, output: serviceAreaSchema },
  /** null: derive it again from the workspace's jobs and operatives. */
  'workspace/set-service-area': { input: z.object({ box: boxSchema.nullable() }).strict(), output: serviceAreaSchema },
} as const satisfies Record<string, ApiSpec>;
