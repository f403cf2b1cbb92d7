// Serves the built renderer (dist/renderer) read-only; nothing outside that folder. Every
// failure (bad path, missing file, a read error mid-stream) ends in a status, never a throw.
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { staticFile } from './request-target';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function serveStatic(rootDir: string, urlPath: string, res: ServerResponse, head = false): void {
  const found = staticFile(rootDir, urlPath);
  if (!found.ok) return send(res, found.status, found.status === 400 ? 'Bad request' : 'Forbidden');
  fs.stat(found.file, (err, st) => {
    if (err || !st.isFile()) return send(res, 404, 'Not found');
    const stream = fs.createReadStream(found.file);
    stream.on('error', () => {
      if (!res.headersSent) send(res, 404, 'Not found');
      else res.destroy();
    });
    stream.once('open', () => {
      res.writeHead(200, {
        'content-type': TYPES[path.extname(found.file)] ?? 'application/octet-stream',
        'content-length': st.size,
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': found.rel === '/index.html' ? 'no-cache' : 'max-age=3600',
      });
      if (head) {
        stream.destroy();
        res.end();
      } else stream.pipe(res);
    });
  });
}

export function send(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}
