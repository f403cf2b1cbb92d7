// Maps a planwright://app/... URL to a file under dist/renderer. Pure (no electron import) so
// the traversal rules are unit-tested; protocol.ts only does the I/O.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-url';

export type AssetLookup = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

export function resolveAppAsset(rootDir: string, requestUrl: string): AssetLookup {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  // Any other scheme or host (planwright://evil/...) is not ours to serve.
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };

  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // Decoding can re-introduce '..', '\' or NUL that URL normalisation already passed over.
  if (rel.includes('\0') || rel.includes('\\')) return { ok: false, status: 400 };
  if (rel.split('/').some((seg) => seg === '..' || seg === '.')) return { ok: false, status: 403 };
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, `.${path.posix.normalize(`/${rel}`)}`);
  // Belt and braces: whatever the string games, the result must sit strictly inside root.
  const inside = path.relative(root, filePath);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
