// `--scenario N`: run a command on a what-if scenario instead of the live plan.
import { ApiError } from '../../shared/api/errors';
import type { Store } from '../backend/store/store';
import type { Workspace } from '../backend/workspace';
import { CliError } from './cli-error';

export function storeFor(ws: Workspace, scenario: string | boolean | undefined): Store {
  if (typeof scenario !== 'string' || scenario === '') return ws.store;
  try {
    return ws.scenarios.store(scenario);
  } catch (e) {
    if (e instanceof ApiError) throw new CliError(e.message);
    throw e;
  }
}
