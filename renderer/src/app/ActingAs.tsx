// "Acting as": the person this window works as (issue 15). Every change is recorded as theirs
// and the backend checks their role's rights; hidden until the workspace has people.
import { Options } from '../components/Options';
import { api } from '../api/client';
import { actingPerson, setActingPerson } from '../api/transport';
import { ROLE_LABELS } from '../../../shared/governance/roles';
import { useDataVersion } from '../hooks/useDataVersion';
import { useResource } from '../hooks/useResource';

export function ActingAs() {
  const people = useResource(() => api('access/list-people', {}), []);
  const me = useResource(() => api('access/get-me', {}), []);
  const { invalidate } = useDataVersion();
  if (!people.data || people.data.length === 0) return null;
  const chosen = actingPerson() ?? me.data?.person?.id ?? '';
  return (
    <label className="acting-as">
      <span>Acting as</span>
      <select
        aria-label="Acting as"
        value={chosen}
        onChange={(e) => {
          setActingPerson(e.target.value || null);
          invalidate();
        }}
      >
        {!me.data?.person && !actingPerson() && <option value="">Nobody (choose who you are)</option>}
        <Options items={people.data} value={(p) => p.id} label={(p) => `${p.name} (${ROLE_LABELS[p.role]})`} />
      </select>
    </label>
  );
}
