// How the renderer reaches the backend: Electron's preload bridge when present, else the
// loopback browser host over HTTP with the per-launch token from the URL fragment.
import type { ApiResponse } from '../../../shared/api/errors';

/** `scenario`: the what-if scenario the call works on; null for the live plan. */
export type Transport = (name: string, input: unknown, scenario: string | null) => Promise<ApiResponse>;

interface PreloadBridge {
  invoke(name: string, input: unknown, scenario?: string | null): Promise<ApiResponse>;
  onMenu?(cb: (command: string) => void): void;
}
declare global {
  interface Window {
    planwright?: PreloadBridge;
  }
}

const TOKEN_KEY = 'planwright.token';

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

export function pickTransport(): Transport {
  const bridge = window.planwright;
  if (bridge) return (name, input, scenario) => bridge.invoke(name, input, scenario);
  const token = hostToken();
  return async (name, input, scenario) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-planwright-token': token ?? '' };
    if (scenario) headers['x-planwright-scenario'] = encodeURIComponent(scenario);
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
