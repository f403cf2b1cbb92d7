// View switcher. Real links (with the deep-link URL as href) so they can be opened in a new
// window or copied; a plain click switches in place.
import type { MouseEvent } from 'react';
import { VIEWS, VIEW_LABELS, type ViewId } from './routes';
import { hrefFor, navigate } from './url';

export function ViewNav({ view: current, date }: { view: ViewId; date: string }) {
  const go = (view: ViewId) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate({ view });
  };
  return (
    <nav aria-label="Views" className="app-nav">
      <ul>
        {VIEWS.map((view) => (
          <li key={view}>
            <a href={hrefFor({ view, date })} aria-current={current === view ? 'page' : undefined} onClick={go(view)}>
              {VIEW_LABELS[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
