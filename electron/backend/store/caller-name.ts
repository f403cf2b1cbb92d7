// The name written as "who" for the call in progress: the acting person (issue 15) when the call
// runs as one, else the workspace's configured name, else the OS user. Lives in the store layer
// so the store's own event writers (job events) record it too; identity.ts re-exports it.
import os from 'node:os';
import { PERSON_ACTOR_PREFIX } from '../../../shared/governance/roles';
import { currentActor } from './actor';
import { getPerson } from './governance/people-rows';
import type { Store } from './store';

export const USER_NAME_KEY = 'user_name';

export function callerName(store: Store): string {
  const actor = currentActor();
  if (actor.startsWith(PERSON_ACTOR_PREFIX)) {
    const person = getPerson(store, actor.slice(PERSON_ACTOR_PREFIX.length));
    if (person) return person.name;
  }
  const configured = store.read.setting<string>(USER_NAME_KEY);
  if (configured) return configured;
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
