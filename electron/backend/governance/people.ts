// Editing people and the decision-rights table: each save is one undoable step. At least one
// planner stays once people exist, so nobody can lock the workspace against planning.
import { ApiError } from '../../../shared/api/errors';
import type { DecisionRight } from '../../../shared/governance/raci';
import { PERSON_ACTOR_PREFIX, ROLE_LABELS, type Person } from '../../../shared/governance/roles';
import { decisionRightToRow, decisionRights, getPerson, listPeople, personFromRow, personToRow } from '../store/governance/people-rows';
import type { Store } from '../store/store';

export function savePerson(store: Store, person: Person): Person {
  const people = listPeople(store);
  const clash = person.os_user && people.find((p) => p.os_user === person.os_user && p.id !== person.id);
  if (clash) throw new ApiError('CONFLICT', `The OS user “${person.os_user}” is already ${clash.name} (${clash.id})`);
  const unknown = person.operatives.find((id) => !store.read.operative(id));
  if (unknown) throw new ApiError('NOT_FOUND', `No operative ${unknown}: a person can only lead operatives that exist`);
  const others = people.filter((p) => p.id !== person.id);
  if (person.role !== 'planner' && !others.some((p) => p.role === 'planner'))
    throw new ApiError(
      'CONFLICT',
      others.length === 0
        ? `The first person must be a planner (${person.name} would be a ${ROLE_LABELS[person.role].toLowerCase()})`
        : `Keep at least one planner: ${person.name} is the last one`,
    );
  const before = getPerson(store, person.id);
  const label = before
    ? `Edit person ${person.name} (${ROLE_LABELS[person.role]})`
    : `Add person ${person.name} (${ROLE_LABELS[person.role]})`;
  store.history.mutate(label, (rec) => rec.put('people', personToRow({ ...person, operatives: [...new Set(person.operatives)] })));
  return personFromRow(personToRow(getPerson(store, person.id)!));
}

export function removePerson(store: Store, id: string): boolean {
  const person = getPerson(store, id);
  if (!person) throw new ApiError('NOT_FOUND', `No person ${id}`);
  const others = listPeople(store).filter((p) => p.id !== id);
  if (person.role === 'planner' && others.length > 0 && !others.some((p) => p.role === 'planner'))
    throw new ApiError('CONFLICT', `Keep at least one planner: ${person.name} is the last one`);
  return store.history.mutate(`Remove person ${person.name}`, (rec) => rec.delete('people', { id })).changed > 0;
}

export function setDecisionRight(store: Store, right: DecisionRight): DecisionRight[] {
  store.history.mutate(`Decision rights: ${right.decision}`, (rec) => rec.put('decision_rights', decisionRightToRow(right)));
  return decisionRights(store);
}

/** "Sam Hughes" for `person:sam`, else the actor id as recorded. */
export function actorName(store: Store, actor: string | null): string {
  if (!actor) return 'unknown';
  if (actor.startsWith(PERSON_ACTOR_PREFIX)) return getPerson(store, actor.slice(PERSON_ACTOR_PREFIX.length))?.name ?? actor;
  return actor;
}
