// The person making the call in progress, for change requests: their name and role. With no
// people defined everyone acts as a planner (the workspace is open, as before issue 15).
import type { Role } from '../../../shared/governance/roles';
import { currentActor } from '../store/actor';
import type { Store } from '../store/store';
import { currentUser } from '../identity';
import { resolveActing } from './acting-person';

export function acting(store: Store): { name: string; role: Role } {
  const who = resolveActing(store, currentActor());
  return who.person ? { name: who.person.name, role: who.person.role } : { name: currentUser(store), role: 'planner' };
}
