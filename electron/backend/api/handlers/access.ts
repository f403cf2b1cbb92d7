// access/*: thin handlers over electron/backend/governance/.
import { RIGHTS_RULES } from '../../../../shared/governance/rights';
import { resolveActing } from '../../governance/acting-person';
import { actorName, removePerson, savePerson, setDecisionRight } from '../../governance/people';
import { countPeople, decisionRights, listPeople, recentActivity } from '../../store/governance/people-rows';
import type { HandlerGroup } from '../types';

type AccessApi =
  | 'access/list-people'
  | 'access/save-person'
  | 'access/remove-person'
  | 'access/get-me'
  | 'access/list-rules'
  | 'access/get-decision-rights'
  | 'access/set-decision-right'
  | 'access/list-activity';

export const accessHandlers: HandlerGroup<AccessApi> = {
  'access/list-people': (_i, { base }) => listPeople(base),
  'access/save-person': (person, { base }) => savePerson(base, person),
  'access/remove-person': ({ id }, { base }) => ({ removed: removePerson(base, id) }),
  'access/get-me': (_i, { base, actor }) => ({ ...resolveActing(base, actor), people_defined: countPeople(base) > 0 }),
  'access/list-rules': () => Object.values(RIGHTS_RULES).map((r) => ({ ...r, roles: [...r.roles] })),
  'access/get-decision-rights': (_i, { base }) => decisionRights(base),
  'access/set-decision-right': (right, { base }) => setDecisionRight(base, right),
  'access/list-activity': ({ limit }, { store }) =>
    recentActivity(store, limit ?? 100).map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      who: actorName(store, r.actor),
      label: r.label,
      undone: r.state === 'undone',
    })),
};
