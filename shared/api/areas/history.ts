import { historyStatusSchema } from '../views';
import { empty, type ApiSpec } from './common';

export const historyApi = {
  'history/get-status': { input: empty, output: historyStatusSchema },
  'history/undo': { input: empty, output: historyStatusSchema },
  'history/redo': { input: empty, output: historyStatusSchema },
} as const satisfies Record<string, ApiSpec>;
