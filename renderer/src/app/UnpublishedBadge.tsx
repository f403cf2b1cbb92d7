// The unpublished-changes badge (issue 15): edits to the published range since it was published,
// and requests waiting for sign-off. A link to Change control, where they are listed.
import { api } from '../api/client';
import { Chip } from '../components/Chip';
import { useResource } from '../hooks/useResource';
import { hrefFor, navigate } from './url';

export function UnpublishedBadge() {
  const count = useResource(() => api('changes/get-count', {}), []);
  const c = count.data;
  if (!c || (c.unpublished === 0 && c.pending === 0)) return null;
  const label = `Unpublished changes: ${c.unpublished}${c.pending ? `, ${c.pending} waiting for sign-off` : ''}`;
  return (
    <a
      href={hrefFor({ view: 'control' })}
      aria-label={label}
      title={label}
      onClick={(e) => {
        e.preventDefault();
        navigate({ view: 'control' });
      }}
    >
      <Chip tone="warning">
        {c.unpublished} unpublished{c.pending ? ` · ${c.pending} to sign off` : ''}
      </Chip>
    </a>
  );
}
