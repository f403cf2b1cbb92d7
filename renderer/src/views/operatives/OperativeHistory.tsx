// An operative's history of edits (operatives/get-history): what changed, who, when; newest first.
// Kept after retirement.
import { api } from '../../api/client';
import { useResource } from '../../hooks/useResource';
import { instantAsLocal } from '../../lib/format';
import { editEventText } from '../jobs/eventText';

export function OperativeHistory({ id }: { id: string }) {
  const history = useResource(() => api('operatives/get-history', { id }), [id]);
  const events = [...(history.data ?? [])].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
  return (
    <section aria-label="Operative history" className="supervisor-section">
      <h3 className="details-sub">History</h3>
      {events.length === 0 ? (
        <p className="muted">{history.data ? 'No edits recorded yet.' : 'Loading…'}</p>
      ) : (
        <ol className="history">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{instantAsLocal(e.at)}</time> <span className="muted">{e.who}</span>{' '}
              <span>{editEventText(e.kind, e.detail) ?? e.kind.replace(/[_-]/g, ' ')}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
