// Who is making a change, for the override log, job histories and published versions: the
// acting person (issue 15) when the call runs as one, else the workspace's configured name,
// else the OS user.
import os from 'node:os';
import { PERSON_ACTOR_PREFIX } from '../../shared/governance/roles';
import { currentActor } from './store/actor';
import { getPerson } from './store/governance/people-rows';
import type { Store } from './store/store';

export const USER_NAME_KEY = 'user_name';

export function currentUser(store: Store): string {
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
