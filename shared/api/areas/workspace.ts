import { workspaceInfoSchema } from '../views';
import { empty, type ApiSpec } from './common';

export const workspaceApi = {
  'workspace/get-info': { input: empty, output: workspaceInfoSchema },
} as const satisfies Record<string, ApiSpec>;
