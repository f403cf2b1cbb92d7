// How the renderer reaches the backend: Electron's preload bridge when present, else the
// loopback browser host over HTTP with the per-launch token from the URL fragment. Both carry
// the same CallScope: the plan in use and this window's actor (undo and redo are per window).
import type { CallScope, Dispatch, PlanwrightBridge } from '../../../shared/api/bridge';
import type { ApiResponse } from '../../../shared/api/errors';

/** Same signature as the backend's dispatcher: the compiler refuses a call that drops the scope. */
export type Transport = Dispatch;

declare global {
  interface Window {
    planwright?: PlanwrightBridge;
  }
}

const TOKEN_KEY = 'planwright.token';
const ACTOR_KEY = 'planwright.actor';
const PERSON_KEY = 'planwright.person';

/** The person this window acts as (issue 15), chosen in the header; null: the OS user's person. */
export function actingPerson(): string | null {
  return sessionStorage.getItem(PERSON_KEY);
}
export function setActingPerson(id: string | null): void {
  if (id) sessionStorage.setItem(PERSON_KEY, id);
  else sessionStorage.removeItem(PERSON_KEY);
}

/** Reads `#token=…` once, keeps it for reloads in this tab, and clears it from the address bar. */
export function hostToken(): string | null {
  const m = /(?:^|[#&])token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1]!);
    const clean = window.location.hash.replace(/(^#|&)token=[A-Za-z0-9_-]+/, '').replace(/^#&?$/, '');
    history.replaceState(null, '', window.location.pathname + window.location.search + (clean && clean !== '#' ? clean : ''));
    return m[1]!;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * This window's actor id: random per window, kept across reloads of the same window (session
 * storage is per tab/window). A person chosen in the header (issue 15) acts instead: `person:<id>`.
 */
export function windowActor(): string {
  const person = actingPerson();
  if (person) return `person:${person}`;
  let id = sessionStorage.getItem(ACTOR_KEY);
  if (!id) {
    // getRandomValues, not randomUUID: the latter needs a secure context.
    const bytes = crypto.getRandomValues(new Uint8Array(5));
    id = `window:${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    sessionStorage.setItem(ACTOR_KEY, id);
  }
  return id;
}

export function pickTransport(): Transport {
  const bridge = window.planwright;
  if (bridge) return (name, input, scope) => bridge.invoke(name, input, scope);
  const token = hostToken();
  return async (name, input, scope: CallScope) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-planwright-token': token ?? '',
      'x-planwright-actor': encodeURIComponent(scope.actor),
    };
    if (scope.scenario) headers['x-planwright-scenario'] = encodeURIComponent(scope.scenario);
    const res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input ?? {}),
    });
    const body = (await res.json().catch(() => null)) as ApiResponse | null;
    if (body && typeof body === 'object' && 'ok' in body) return body;
    return { ok: false, error: { code: 'INTERNAL', message: `HTTP ${res.status} from the Planwright host` } };
  };
}
