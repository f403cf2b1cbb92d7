// A job's history of moves and edits (jobs/get-history) with who and when, newest first.
import { api } from '../../../api/client';
import { useResource } from '../../../hooks/useResource';
import { instantAsLocal } from '../../../lib/format';
import { editEventText } from '../../jobs/eventText';

function describe(kind: string, detail: unknown): string {
  const edit = editEventText(kind, detail); // edits, status changes, placements an edit blocked
  if (edit) return edit;
  const d = (detail ?? {}) as Record<string, unknown>;
  const where = (x: unknown): string => {
    if (!x || typeof x !== 'object') return '';
    const p = x as Record<string, unknown>;
    return [p.operative_id, p.date, p.start].filter(Boolean).join(' ');
  };
  const parts: string[] = [];
  if (d.from) parts.push(`from ${where(d.from)}`);
  if (d.to) parts.push(`to ${where(d.to)}`);
  if (!d.from && !d.to && (d.operative_id || d.date)) parts.push(where(d));
  if (typeof d.override_reason === 'string') parts.push(`override: “${d.override_reason}”`);
  if (typeof d.reason === 'string') parts.push(`reason: “${d.reason}”`);
  if (typeof d.pinned === 'boolean') parts.push(d.pinned ? 'pinned' : 'unpinned');
  return `${kind.replace(/[_-]/g, ' ')}${parts.length ? ` ${parts.join(', ')}` : ''}`;
}

export function JobHistory({ jobRef }: { jobRef: string }) {
  const history = useResource(() => api('jobs/get-history', { ref: jobRef }), [jobRef]);
  if (history.error) return <p className="muted">History unavailable: {history.error.message}</p>;
  if (!history.data) return <p className="muted">Loading history…</p>;
  if (history.data.length === 0) return <p className="muted">No moves recorded yet.</p>;
  const events = [...history.data].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
  return (
    <ol className="history">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at}>{instantAsLocal(e.at)}</time>
          <span>
            {describe(e.kind, e.detail)}
            {e.who && <span className="muted"> · {e.who}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
