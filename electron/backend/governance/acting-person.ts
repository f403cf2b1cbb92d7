// Who a call's actor is, as a person of this workspace, and whether their role may make the
// call. With no people defined the workspace is open to everyone (as before issue 15); once
// there are people, every write needs one of them: `person:<id>` (chosen in the app or `--as`),
// else the person whose OS user runs the CLI, the host or the app.
import os from 'node:os';
import { ApiError } from '../../../shared/api/errors';
import { rightsRuleFor } from '../../../shared/governance/rights';
import { PERSON_ACTOR_PREFIX, ROLE_LABELS, personActor, type Person } from '../../../shared/governance/roles';
import { countPeople, getPerson, personByOsUser } from '../store/governance/people-rows';
import type { Store } from '../store/store';

export interface Acting {
  /** The actor the call runs as: `person:<id>` when it resolved to a person, else as given. */
  actor: string;
  person: Person | null;
  /** Why the actor is nobody in this workspace (people exist but none matches), else null. */
  problem: string | null;
}

function processOsUser(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

export function resolveActing(store: Store, actor: string): Acting {
  if (countPeople(store) === 0) return { actor, person: null, problem: null };
  if (actor.startsWith(PERSON_ACTOR_PREFIX)) {
    const id = actor.slice(PERSON_ACTOR_PREFIX.length);
    const person = getPerson(store, id);
    if (person) return { actor, person, problem: null };
    return { actor, person: null, problem: `No person “${id}” in this workspace (see \`people list\`)` };
  }
  const osUser = actor.startsWith('user:') ? actor.slice('user:'.length) : processOsUser();
  const person = personByOsUser(store, osUser);
  if (person) return { actor: personActor(person.id), person, problem: null };
  return {
    actor,
    person: null,
    problem: `The OS user “${osUser}” is none of this workspace's people: choose who you are (in the app, or --as ID)`,
  };
}

/**
 * Checks the call against its rights rule and returns the actor to run it as. Throws FORBIDDEN,
 * naming the rule, when the acting person's role may not make it. Reads are never refused.
 */
export function authorize(store: Store, name: string, actor: string): Acting {
  const acting = resolveActing(store, actor);
  const rule = rightsRuleFor(name);
  if (!rule || (acting.problem === null && acting.person === null)) return acting;
  if (!acting.person)
    throw new ApiError('FORBIDDEN', `Refused by rule “${rule.id}”: ${acting.problem}. Nothing was changed`, { rule: rule.id });
  if (!rule.roles.includes(acting.person.role)) {
    throw new ApiError(
      'FORBIDDEN',
      `Refused by rule “${rule.id}”: ${rule.description}; ${acting.person.name} is a ${ROLE_LABELS[acting.person.role].toLowerCase()}. Nothing was changed`,
      { rule: rule.id, role: acting.person.role },
    );
  }
  return acting;
}
