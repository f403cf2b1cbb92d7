// Keeps the selected view and focus date in the address bar (replaceState: switching views is
// not navigation history) so any state can be reloaded or shared as a deep link.
import { useCallback, useEffect, useState } from 'react';
import { parseRoute, routeSearch, type Route } from './routes';
import { todayLocal } from '../lib/now';

function writeUrl(route: Route): void {
  const { pathname, search, hash } = window.location;
  const next = routeSearch(route, search);
  // Keep the fragment as it is: the API client may still need to read (and strip) the token.
  if (next !== search) history.replaceState(history.state, '', pathname + next + hash);
}

export function useRoute(): [Route, (patch: Partial<Route>) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.search, todayLocal()));

  useEffect(() => writeUrl(route), [route]);

  useEffect(() => {
    const onPop = () => setRoute(parseRoute(window.location.search, todayLocal()));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((patch: Partial<Route>) => setRoute((r) => ({ ...r, ...patch })), []);
  return [route, update];
}
