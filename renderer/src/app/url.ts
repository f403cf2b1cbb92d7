// The address bar, typed: every query parameter the UI reads or writes (`?view=jobs&date=…`),
// parsed, serialised and navigated here and nowhere else, so any state can be reloaded or shared
// as a deep link (and external checks can open `?view=…` directly).
//
// Writes use replaceState (switching views or ranges is not navigation history), change only the
// parameters they name (in place, new ones appended), and keep everything else: parameters this
// module doesn't know and the #fragment (the API client may still need to read its token there).
import { useSyncExternalStore } from 'react';
import { isIsoDate } from '../../../shared/calendar';
import { todayLocal } from '../lib/now';
import { isSpan, type Span } from '../views/diary/range';
import { DEFAULT_VIEW, isViewId, type ViewId } from './routes';

export interface UrlState {
  /** `view`: the view shown. */
  view: ViewId;
  /** `date`: the focus date, YYYY-MM-DD (UK local). */
  date: string;
  /** `span`: the diary's range (day, week, fortnight, custom). */
  span: Span;
  /** `to`: the end of a custom diary range, as written (range.ts clamps it). */
  to: string | null;
  /** `job`: the job the Dependencies view zooms to, and the card the Diary jumps to (global search). */
  job: string | null;
  /** `operative`: the row the Diary jumps to (global search). */
  operative: string | null;
  /** `trade`: filters the diary's operatives and tray to a trade (from a roster shortfall). */
  trade: string | null;
  /** `scenario`: the what-if scenario in use; '' when the link names the live plan explicitly. */
  scenario: string | null;
}

/** What to change: a value sets the parameter, null removes it, a missing key leaves it alone. */
export interface UrlPatch {
  view?: ViewId;
  date?: string;
  span?: Span | null;
  to?: string | null;
  job?: string | null;
  operative?: string | null;
  trade?: string | null;
  scenario?: string | null;
}

/** The order a patch is applied in, so parameters new to a URL are appended predictably. */
const KEYS = ['view', 'date', 'span', 'to', 'job', 'trade', 'scenario', 'operative'] as const satisfies readonly (keyof UrlPatch)[];

/** Unknown or malformed parameters fall back to defaults rather than erroring: links get hand-edited. */
export function parseUrl(search: string, today: string): UrlState {
  const p = new URLSearchParams(search);
  const view = p.get('view');
  const date = p.get('date');
  const span = p.get('span');
  return {
    view: isViewId(view) ? view : DEFAULT_VIEW,
    date: date !== null && isIsoDate(date) ? date : today,
    span: isSpan(span) ? span : 'week',
    to: p.get('to'),
    job: p.get('job') || null,
    operative: p.get('operative') || null,
    trade: p.get('trade') || null,
    scenario: p.get('scenario'),
  };
}

/** The query string (`?…`, or '' when nothing is left) after applying a patch to `search`. */
export function patchSearch(search: string, patch: UrlPatch): string {
  const p = new URLSearchParams(search);
  for (const key of KEYS) {
    if (!(key in patch) || patch[key] === undefined) continue;
    const value = patch[key];
    if (value === null) p.delete(key);
    else p.set(key, value);
  }
  const out = p.toString();
  return out ? `?${out}` : '';
}

// ---- the browser side: the address bar as an external store ----

const listeners = new Set<() => void>();
let cache: { search: string; today: string; state: UrlState } | null = null;

/** The current URL's state (the same object until the URL or the day changes). */
export function readUrl(): UrlState {
  const search = window.location.search;
  const today = todayLocal();
  if (!cache || cache.search !== search || cache.today !== today) cache = { search, today, state: parseUrl(search, today) };
  return cache.state;
}

/** Changes the URL in place (replaceState) and tells every subscriber. */
export function navigate(patch: UrlPatch): void {
  const { pathname, search, hash } = window.location;
  const next = patchSearch(search, patch);
  if (next === search) return;
  history.replaceState(history.state, '', pathname + next + hash);
  for (const fn of listeners) fn();
}

/** A link to the current URL with a patch applied (real hrefs: open in a new window, copy). */
export function hrefFor(patch: UrlPatch): string {
  return patchSearch(window.location.search, patch);
}

/** The link that shows a job on the dependency map (the Jobs view's panel, the Review region). */
export function dependencyLink(ref: string): string {
  return hrefFor({ view: 'dependencies', job: ref });
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
}

/** One parameter, re-rendering only when it changes. */
export function useUrlParam<K extends keyof UrlState>(key: K): UrlState[K] {
  const get = () => readUrl()[key];
  return useSyncExternalStore(subscribe, get, get);
}
