// The loopback browser host: the real renderer and the real backend over HTTP on 127.0.0.1.
// POST /api/<area>/<verb-noun> with the per-launch token dispatches through the same handler
// map as Electron's IPC; everything else serves the built renderer.
import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { ApiResponse } from '../../shared/api/errors';
import type { Dispatch } from '../backend/api/dispatch';
import { checkRequestOrigin } from './origin-guard';
import { serveStatic } from './static-files';
import { newToken, tokensMatch } from './token';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  if (!fs.existsSync(`${opts.rendererDir}/index.html`)) {
    throw new Error(`The renderer is not built (${opts.rendererDir}/index.html missing): run "npm run build" first`);
  }
  const token = opts.token ?? newToken();
  let port = 0;
  const server = http.createServer((req, res) => {
    const refusal = checkRequestOrigin(req, port);
    if (refusal) return json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: refusal } });
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5), token, opts.dispatch);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return json(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'Method not allowed' } });
    serveStatic(opts.rendererDir, url.pathname, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string, token: string, dispatch: Dispatch): void {
  if (req.method !== 'POST') return json(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'API calls must be POST' } });
  const given = req.headers['x-planwright-token'];
  if (!tokensMatch(token, Array.isArray(given) ? given[0] : given)) {
    return json(res, 401, { ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong Planwright token' } });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size > MAX_BODY_BYTES) {
      json(res, 413, { ok: false, error: { code: 'VALIDATION', message: `Request body over ${MAX_BODY_BYTES} bytes` } });
      req.destroy();
    } else chunks.push(c);
  });
  req.on('end', () => {
    if (res.headersSent) return;
    let input: unknown;
    try {
      const text = Buffer.concat(chunks).toString('utf8');
      input = text.length ? JSON.parse(text) : {};
    } catch {
      return json(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Request body is not valid JSON' } });
    }
    // The plan in scope: a what-if scenario's name, or absent for the live plan.
    const scenarioHeader = req.headers['x-planwright-scenario'];
    const scenario = typeof scenarioHeader === 'string' && scenarioHeader ? decodeURIComponent(scenarioHeader) : null;
    dispatch(name, input, { scenario }).then(
      (r) => json(res, statusOf(r), r),
      (e: unknown) => json(res, 500, { ok: false, error: { code: 'INTERNAL', message: String((e as Error)?.message ?? e) } }),
    );
  });
}

function statusOf(r: ApiResponse): number {
  if (r.ok) return 200;
  switch (r.error.code) {
    case 'VALIDATION':
      return 400;
    case 'UNKNOWN_API':
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'RULE_VIOLATION':
      return 409;
    case 'FORBIDDEN':
      return 403;
    default:
      return 500;
  }
}

function json(res: http.ServerResponse, status: number, body: ApiResponse): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}
