// For commands that still call backend services directly instead of the dispatcher: the same
// rights check the dispatcher makes (issue 15), then the work runs as the resolved person.
import { ApiError } from '../../shared/api/errors';
import { authorize } from '../backend/governance/acting-person';
import { currentActor, withActor } from '../backend/store/actor';
import type { Workspace } from '../backend/workspace';
import { CliError } from './cli-error';

export function asAuthorized<T>(ws: Workspace, contractName: string, command: string, fn: () => T): T {
  let actor: string;
  try {
    actor = authorize(ws.store, contractName, currentActor()).actor;
  } catch (e) {
    if (e instanceof ApiError) throw new CliError(`${command}: ${e.message}`);
    throw e;
  }
  return withActor(actor, fn);
}
