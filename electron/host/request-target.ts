// Total parsers for what a request carries: the request target (path), the static file it
// names and the scope headers. Each returns a value or null — never throws — so malformed
// input (bad percent-escapes, NUL bytes, absolute-form targets) becomes a 400, not a crash.
import path from 'node:path';
import { isScopeText } from '../../shared/api/bridge';

/** The path of an origin-form target (`/a/b?x#y` → `/a/b`); null for anything else (`http://[`, `*`). */
export function targetPath(raw: string | undefined): string | null {
  if (!raw || raw[0] !== '/' || raw.startsWith('//')) return null;
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

/** decodeURIComponent that answers null instead of throwing URIError. */
export function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export type StaticLookup = { ok: true; file: string; rel: string } | { ok: false; status: 400 | 403 };

/** The file under `rootDir` a URL path names, refusing escapes and bytes no file name has. */
export function staticFile(rootDir: string, urlPath: string): StaticLookup {
  const decoded = safeDecode(urlPath === '/' ? '/index.html' : urlPath);
  if (decoded === null || decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  if (decoded.split('/').some((seg) => seg === '..' || seg === '.')) return { ok: false, status: 403 };
  const rel = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${path.posix.normalize(rel)}`);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return { ok: false, status: 403 };
  return { ok: true, file, rel };
}

/** A scope header (`x-planwright-scenario`, `x-planwright-actor`): percent-encoded text, or absent. */
export function scopeHeader(value: string | string[] | undefined): { ok: true; value: string | null } | { ok: false } {
  if (value === undefined || value === '') return { ok: true, value: null };
  if (typeof value !== 'string') return { ok: false };
  const decoded = safeDecode(value);
  return decoded !== null && isScopeText(decoded) ? { ok: true, value: decoded } : { ok: false };
}
