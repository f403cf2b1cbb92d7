// View switcher. Real links (with the deep-link URL as href) so they can be opened in a new
// window or copied; a plain click switches in place.
import type { MouseEvent } from 'react';
import { VIEWS, VIEW_LABELS, routeSearch, type Route, type ViewId } from './routes';

interface Props {
  route: Route;
  onNavigate: (patch: Partial<Route>) => void;
}

export function ViewNav({ route, onNavigate }: Props) {
  const go = (view: ViewId) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onNavigate({ view });
  };
  return (
    <nav aria-label="Views" className="app-nav">
      <ul>
        {VIEWS.map((view) => (
          <li key={view}>
            <a
              href={routeSearch({ ...route, view }, window.location.search)}
              aria-current={route.view === view ? 'page' : undefined}
              onClick={go(view)}
            >
              {VIEW_LABELS[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
