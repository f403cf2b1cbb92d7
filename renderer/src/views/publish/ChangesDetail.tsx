// One version's changes against the version before: added, removed, moved and re-timed visits.
import { api } from '../../api/client';
import { LoadState } from '../../components/ViewHeader';
import { useResource } from '../../hooks/useResource';

const SHOWN = 50;

export function ChangesDetail({ version }: { version: number }) {
  const changes = useResource(() => api('packs/get-changes', { version }), [version]);
  const c = changes.data;
  if (!c) return <LoadState loading={changes.loading} error={changes.error} />;
  const at = (e: { operative_id: string; start: string }) => `${e.operative_id} ${e.start.replace('T', ' ')}`;
  const groups = [
    { title: 'Added', items: c.added.map((e) => `${e.ref}: ${at(e)}`) },
    { title: 'Removed', items: c.removed.map((e) => `${e.ref}: was ${at(e)}`) },
    { title: 'Moved', items: c.moved.map((m) => `${m.ref}: ${at(m.from)} → ${at(m.to)}`) },
    {
      title: 'Re-timed',
      items: c.retimed.map((m) => `${m.ref}: ${m.from.start.slice(11)} → ${m.to.start.slice(11)} (${m.to.operative_id}, ${m.to.date})`),
    },
  ];
  return (
    <div className="publish-changes" aria-label={`Changes in version ${version}`}>
      <p className="muted">
        {c.against
          ? `Against version ${c.against.version} (${c.against.from} – ${c.against.to}); ${c.summary.unchanged} unchanged.`
          : 'First version: every visit is new.'}
      </p>
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <details key={g.title} open={g.items.length <= 10}>
            <summary>
              {g.title} ({g.items.length})
            </summary>
            <ul>
              {g.items.slice(0, SHOWN).map((t) => (
                <li key={t}>{t}</li>
              ))}
              {g.items.length > SHOWN && <li className="muted">…and {g.items.length - SHOWN} more (see changes.json in the pack)</li>}
            </ul>
          </details>
        ))}
    </div>
  );
}
