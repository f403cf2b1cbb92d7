import { z } from 'zod';
import { workspaceInfoSchema } from '../views';
import { empty, type ApiSpec } from './common';

export const workspaceApi = {
  'workspace/get-info': { input: empty, output: workspaceInfoSchema },
  /** Changes with every stored change, by this process or another (a second app, the CLI): the UI polls it. */
  'workspace/get-version': { input: empty, output: z.object({ version: z.number().int().min(0) }) },
} as const satisfies Record<string, ApiSpec>;
