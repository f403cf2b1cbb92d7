// The views and the URL that selects them: `?view=jobs&date=2026-02-03`. Pure functions so the
// parsing rules are easy to reason about; the hook in useRoute.ts does the browser side.
import { isIsoDate } from '../../../shared/calendar';

export const VIEWS = ['diary', 'jobs', 'operatives', 'dependencies', 'matrix', 'publish', 'roster', 'scenarios', 'actuals'] as const;
export type ViewId = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<ViewId, string> = {
  diary: 'Diary',
  jobs: 'Jobs',
  operatives: 'Operatives',
  dependencies: 'Dependencies',
  matrix: 'Matrix',
  publish: 'Publish',
  roster: 'Roster',
  scenarios: 'Scenarios',
  actuals: 'Plan vs actual',
};

export const DEFAULT_VIEW: ViewId = 'diary';

export interface Route {
  view: ViewId;
  /** Focus date, YYYY-MM-DD (UK local). */
  date: string;
}

export function isViewId(x: string | null): x is ViewId {
  return x !== null && (VIEWS as readonly string[]).includes(x);
}

/** Unknown or malformed parameters fall back to defaults rather than erroring: links get hand-edited. */
export function parseRoute(search: string, today: string): Route {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const date = params.get('date');
  return {
    view: isViewId(view) ? view : DEFAULT_VIEW,
    date: date !== null && isIsoDate(date) ? date : today,
  };
}

/** Query string for a route, keeping any parameters other features put there. */
export function routeSearch(route: Route, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  params.set('view', route.view);
  params.set('date', route.date);
  return `?${params.toString()}`;
}
