// People and their roles: who may do what follows from the role (access/list-rules).
import { api } from '../../api/client';
import { LoadState } from '../../components/ViewHeader';
import { useResource } from '../../hooks/useResource';
import { ROLE_LABELS } from '../../../../shared/governance/roles';
import { ColumnHeads } from '../../components/ColumnHeads';

export function PeopleSection() {
  const people = useResource(() => api('access/list-people', {}), []);
  const rules = useResource(() => api('access/list-rules', {}), []);
  return (
    <section className="control-section" aria-label="People">
      <h2>People</h2>
      <LoadState loading={people.loading && !people.data} error={people.data ? undefined : people.error} onRetry={people.reload} />
      {people.data && people.data.length === 0 && (
        <p className="muted">No people yet: anyone may make any change. Add a planner first (people add --role planner).</p>
      )}
      {people.data && people.data.length > 0 && (
        <table className="plain-table" aria-label="People">
          <ColumnHeads names={['Name', 'Role', 'OS user', 'Team', 'Leads']} />
          <tbody>
            {people.data.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{ROLE_LABELS[p.role]}</td>
                <td>{p.os_user ?? '—'}</td>
                <td>{p.team ?? '—'}</td>
                <td>{p.operatives.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Rights</h3>
      <ul className="rights-list" aria-label="Rights rules">
        {(rules.data ?? []).map((r) => (
          <li key={r.id}>
            <code>{r.id}</code> {r.description}
          </li>
        ))}
      </ul>
    </section>
  );
}
