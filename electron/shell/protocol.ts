// Serves dist/renderer from planwright://app/. A custom standard+secure scheme gives the UI a
// real origin ('self' in the CSP, a checkable IPC sender) without file:// or a local server.
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { contentTypeFor, resolveAppAsset } from './app-assets';
import { APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Must run before app 'ready': privileges can only be granted at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // No bypassCSP, no corsEnabled: the scheme gets only what a normal https origin would.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
} as const;

export function serveAppScheme(ses: Session, rendererRoot: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return status(405);
    const found = resolveAppAsset(rendererRoot, request.url);
    if (!found.ok) return status(found.status);
    try {
      const body = await readFile(found.filePath);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...BASE_HEADERS, 'Content-Type': contentTypeFor(found.filePath) },
      });
    } catch {
      return status(404); // missing file or a directory: nothing else is exposed
    }
  });
}

function status(code: number): Response {
  return new Response(null, { status: code, headers: BASE_HEADERS });
}
