// The operatives a touchpoint covers: a team's (the operatives its people look after), or everyone
// still working on the date. Shared by the start-of-day briefing and the end-of-day close-out.
import { ApiError } from '../../../shared/api/errors';
import type { Operative } from '../../../shared/domain/types';
import { listPeople } from '../store/governance/people-rows';
import type { Store } from '../store/store';

export function teamOperatives(store: Store, date: string, team: string | null): Operative[] {
  const all = store.read.operatives().filter((o) => !o.retired_from || o.retired_from > date);
  if (!team) return all;
  const members = listPeople(store).filter((p) => p.team === team);
  if (members.length === 0) throw new ApiError('NOT_FOUND', `No team “${team}”: give people a team (people add --team)`);
  const ids = new Set(members.flatMap((p) => p.operatives));
  return all.filter((o) => ids.has(o.id));
}
