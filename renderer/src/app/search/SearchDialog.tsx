// Ctrl+K: one box over jobs (ref, address, area, trade) and operatives (name, id). Arrow keys move
// through the results, Enter jumps: a placed job to its card on the diary, an unscheduled one to the
// tray, an operative to their row (url.ts `job` / `operative`; the diary reveals and focuses it).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useResource } from '../../hooks/useResource';
import { navigate, readUrl } from '../url';
import { search, type SearchHit } from './searchIndex';
import './search.css';

export function SearchDialog({ onClose }: { onClose: () => void }) {
  const data = useResource(async () => {
    const [jobs, operatives] = await Promise.all([
      api('jobs/list', { status: ['open', 'in_progress', 'on_hold'] }),
      api('operatives/list', {}),
    ]);
    return { jobs, operatives };
  }, []);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => (data.data ? search(data.data.jobs, data.data.operatives, query) : []), [data.data, query]);
  const listId = useId();
  const box = useRef<HTMLInputElement>(null);
  // After the dialog's showModal (a child's effect runs first), which focuses its Close button.
  useEffect(() => box.current?.focus(), []);
  const optionId = (i: number) => `${listId}-${i}`;

  const jump = (hit: SearchHit) => {
    onClose();
    const target =
      hit.kind === 'job' ? { job: hit.id, operative: null, ...(hit.date ? { date: hit.date } : {}) } : { operative: hit.id, job: null };
    if (readUrl().view === 'diary') return navigate(target);
    // From another view: switch first, so the view being left (which may tidy its own `job`
    // parameter on unmount) is gone before the jump is written.
    navigate({ view: 'diary' });
    requestAnimationFrame(() => navigate(target));
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      jump(hits[active]);
    }
  };

  return (
    <Dialog title="Search" onClose={onClose} className="search-dialog">
      <input
        type="search"
        role="combobox"
        aria-label="Search jobs, addresses and operatives"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits[active] ? optionId(active) : undefined}
        aria-autocomplete="list"
        placeholder="Job ref, address or operative"
        ref={box}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ul id={listId} role="listbox" aria-label="Results" className="search-results">
        {hits.map((h, i) => (
          <li
            key={`${h.kind}:${h.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            data-kind={h.kind}
            onMouseEnter={() => setActive(i)}
            onClick={() => jump(h)}
          >
            <span className="search-kind">{h.kind === 'job' ? 'Job' : 'Operative'}</span>
            <span className="search-label">{h.label}</span>
            <span className="search-detail muted">{h.detail}</span>
          </li>
        ))}
      </ul>
      <p className="muted search-foot" aria-live="polite">
        {data.loading && !data.data
          ? 'Loading…'
          : query.trim() && hits.length === 0
            ? 'Nothing matches.'
            : `${hits.length ? `${hits.length} result${hits.length === 1 ? '' : 's'}. ` : ''}↑↓ to choose, Enter to go, Escape to close.`}
      </p>
    </Dialog>
  );
}
