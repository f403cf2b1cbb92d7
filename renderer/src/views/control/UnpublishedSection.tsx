// Unpublished changes: edits to the published range since it was published, each within policy
// (a change request behind it) or outside. Republishing lists them in the new changes.json.
import { api } from '../../api/client';
import { useResource } from '../../hooks/useResource';
import { ColumnHeads } from '../../components/ColumnHeads';

export function UnpublishedSection() {
  const list = useResource(() => api('changes/list-unpublished', {}), []);
  const d = list.data;
  if (!d || d.against === null) return null;
  return (
    <section className="control-section" aria-label="Unpublished changes">
      <h2>Unpublished changes since version {d.against}</h2>
      {d.changes.length === 0 && <p className="muted">None: the plan is as published.</p>}
      {d.changes.length > 0 && (
        <table className="plain-table" aria-label="Unpublished changes">
          <ColumnHeads names={['Job', 'Change', 'From', 'To', 'Policy', 'Asked by']} />
          <tbody>
            {d.changes.map((c) => (
              <tr key={`${c.ref}-${c.kind}`} data-within-policy={c.within_policy}>
                <th scope="row">{c.ref}</th>
                <td>{c.kind}</td>
                <td>{c.from ? `${c.from.operative_id} ${c.from.date}` : (c.from_priority ?? '—')}</td>
                <td>{c.to ? `${c.to.operative_id} ${c.to.date}` : (c.to_priority ?? '—')}</td>
                <td>{c.within_policy ? 'Within policy' : 'Outside policy'}</td>
                <td>{c.requested_by ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">Publish the range again to give operations version {d.against + 1} with these listed.</p>
    </section>
  );
}
