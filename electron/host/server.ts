// The loopback browser host: the real renderer and the real backend over HTTP on 127.0.0.1.
// POST /api/<area>/<verb-noun> with the per-launch token dispatches through the same handler
// map as Electron's IPC; everything else serves the built renderer. Every request path is
// total: malformed input gets a 4xx, and nothing a request carries can throw out of a handler.
// When the workspace could not be opened, it serves the start-up error page instead (recovery.ts).
import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { CallScope, Dispatch } from '../../shared/api/bridge';
import type { ApiResponse } from '../../shared/api/errors';
import { logError } from '../backend/error-log';
import { checkRequestOrigin } from './origin-guard';
import { handleRecovery, type StartupProblem } from './recovery';
import { scopeHeader, targetPath } from './request-target';
import { serveStatic } from './static-files';
import { newToken, tokensMatch } from './token';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HostOptions {
  /** The workspace's dispatcher; absent when `startupProblem` says why it could not open. */
  dispatch?: Dispatch;
  /** Serve the start-up error page (with its restore) until the problem is resolved. */
  startupProblem?: StartupProblem;
  rendererDir: string;
  /** 0 or absent: a random free port. */
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** What the host answers with right now: the workspace, or its start-up problem. */
interface HostState {
  dispatch: Dispatch | null;
  problem: StartupProblem | null;
}

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  if (!fs.existsSync(`${opts.rendererDir}/index.html`)) {
    throw new Error(`The renderer is not built (${opts.rendererDir}/index.html missing): run "npm run build" first`);
  }
  if (!opts.dispatch && !opts.startupProblem) throw new Error('startHost needs a dispatcher or a start-up problem');
  const token = opts.token ?? newToken();
  const state: HostState = { dispatch: opts.dispatch ?? null, problem: opts.dispatch ? null : opts.startupProblem! };
  let port = 0;
  const server = http.createServer((req, res) => {
    req.on('error', () => res.destroy());
    res.on('error', () => undefined);
    try {
      route(req, res, { port, token, state, rendererDir: opts.rendererDir });
    } catch (e) {
      internal(res, 'host request', e);
    }
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

interface Ctx {
  port: number;
  token: string;
  state: HostState;
  rendererDir: string;
}

function route(req: http.IncomingMessage, res: http.ServerResponse, ctx: Ctx): void {
  const refusal = checkRequestOrigin(req, ctx.port);
  if (refusal) return json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: refusal } });
  const pathname = targetPath(req.url);
  if (pathname === null) return json(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Malformed request target' } });
  if (pathname.startsWith('/api/')) return handleApi(req, res, pathname.slice(5), ctx);
  if (ctx.state.problem) {
    return handleRecovery(req, res, pathname, {
      token: ctx.token,
      problem: ctx.state.problem,
      onRestored: (dispatch) => {
        ctx.state.dispatch = dispatch;
        ctx.state.problem = null;
      },
    });
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return json(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'Method not allowed' } });
  serveStatic(ctx.rendererDir, pathname, res, req.method === 'HEAD');
}

function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string, ctx: Ctx): void {
  if (req.method !== 'POST') return json(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'API calls must be POST' } });
  const given = req.headers['x-planwright-token'];
  if (!tokensMatch(ctx.token, Array.isArray(given) ? given[0] : given)) {
    return json(res, 401, { ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong Planwright token' } });
  }
  // The plan in scope (a what-if scenario's name, absent for the live plan) and who is asking.
  const scenario = scopeHeader(req.headers['x-planwright-scenario']);
  const actor = scopeHeader(req.headers['x-planwright-actor']);
  if (!scenario.ok || !actor.ok) {
    const which = !scenario.ok ? 'x-planwright-scenario' : 'x-planwright-actor';
    return json(res, 400, {
      ok: false,
      error: { code: 'VALIDATION', message: `Malformed ${which} header (percent-encoded text, 1–100 characters)` },
    });
  }
  const scope: CallScope = { scenario: scenario.value, actor: actor.value ?? 'host:anonymous' };
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
    const dispatch = ctx.state.dispatch;
    if (!dispatch) {
      return json(res, 503, {
        ok: false,
        error: { code: 'UNAVAILABLE', message: ctx.state.problem?.message ?? 'The workspace is not open' },
      });
    }
    dispatch(name, input, scope).then(
      (r) => json(res, statusOf(r), r),
      (e: unknown) => internal(res, `dispatch of ${name.slice(0, 100)}`, e),
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
    case 'UNAVAILABLE':
      return 503;
    default:
      return 500;
  }
}

/** A bug, not bad input: logged with its stack, answered without it. */
function internal(res: http.ServerResponse, where: string, e: unknown): void {
  const log = logError(`internal error in the host (${where})`, e);
  json(res, 500, {
    ok: false,
    error: { code: 'INTERNAL', message: `Internal error: ${(e as Error)?.message ?? String(e)}${log ? ` (details in ${log})` : ''}` },
  });
}

function json(res: http.ServerResponse, status: number, body: ApiResponse): void {
  if (res.headersSent || res.destroyed) return;
  let text: string;
  try {
    text = JSON.stringify(body);
  } catch (e) {
    logError('host: a response could not be serialised', e);
    status = 500;
    text = JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'The response could not be serialised' } });
  }
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}
