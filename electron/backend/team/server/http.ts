// The team server's HTTP face (plain node:http, loopback by default): every request carries a
// member's token; every reply is JSON; every path is total (no error escapes a handler).
import http from 'node:http';
import type pg from 'pg';
import { LATEST_SCHEMA_VERSION } from '../../store/migrations';
import { ApiError } from '../../../../shared/api/errors';
import {
  API_PREFIX,
  MAX_PULL,
  MAX_VERSIONS_PULL,
  SCHEMA_HEADER,
  TEAM_HEADER,
  inviteBodySchema,
  publishBodySchema,
  pushBodySchema,
  type CommandOutcome,
} from '../protocol';
import type { Ledger } from './ledger';
import { addMember, commandsAfter, head, memberByToken, type Member } from './pg-log';
import { versionHead, versionsAfter } from './pg-versions';
import type { TeamPublisher } from './publish';
import { KeyRefusal, teamPublicKey } from './team-key';

const MAX_BODY = 64 * 1024 * 1024;

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Refusal(413, 'VALIDATION', 'Request body over 64 MB'));
      else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      } catch {
        reject(new Refusal(400, 'VALIDATION', 'Request body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

export interface TeamHttpOptions {
  pool: pg.Pool;
  ledger: Ledger;
  publisher: TeamPublisher;
  teamId: string;
  port: number;
  host?: string;
}

export async function startTeamHttp(o: TeamHttpOptions): Promise<{ url: string; close(): Promise<void> }> {
  async function authenticate(req: http.IncomingMessage): Promise<Member> {
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
    if (!token) throw new Refusal(401, 'FORBIDDEN', 'No token: give your team token (team join --token T)');
    const member = await memberByToken(o.pool, token);
    if (!member) throw new Refusal(401, 'FORBIDDEN', 'Wrong token: this team server does not know it (ask the team admin for an invite)');
    const schema = Number(req.headers[SCHEMA_HEADER] ?? '0');
    if (schema > LATEST_SCHEMA_VERSION)
      throw new Refusal(
        409,
        'UNAVAILABLE',
        `This workstation runs a newer Planwright (schema ${schema}) than the team server (schema ${LATEST_SCHEMA_VERSION}): update the server first. Nothing was sent`,
      );
    const team = req.headers[TEAM_HEADER];
    if (typeof team === 'string' && team !== '' && team !== o.teamId)
      throw new Refusal(
        409,
        'CONFLICT',
        `This server belongs to another team (${o.teamId}), not this workstation's team (${team}). Nothing was sent`,
      );
    return member;
  }

  async function route(req: http.IncomingMessage, url: URL): Promise<unknown> {
    const member = await authenticate(req);
    const path = url.pathname.slice(API_PREFIX.length);
    if (req.method === 'GET' && path === '/team') {
      return { team_id: o.teamId, schema: LATEST_SCHEMA_VERSION, head: await head(o.pool), member };
    }
    if (req.method === 'GET' && path === '/pull') {
      const after = Number(url.searchParams.get('after') ?? '0');
      const limit = Number(url.searchParams.get('limit') ?? String(MAX_PULL));
      if (!Number.isSafeInteger(after) || after < 0) throw new Refusal(400, 'VALIDATION', 'after must be a whole number ≥ 0');
      if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PULL)
        throw new Refusal(400, 'VALIDATION', `limit must be 1–${MAX_PULL}`);
      const commands = await commandsAfter(o.pool, after, limit);
      return { commands, head: await head(o.pool), version_head: await versionHead(o.pool) };
    }
    if (req.method === 'GET' && path === '/health') return { ok: true };
    if (req.method === 'GET' && path === '/versions') {
      const after = Number(url.searchParams.get('after') ?? '0');
      if (!Number.isSafeInteger(after) || after < 0) throw new Refusal(400, 'VALIDATION', 'after must be a whole number ≥ 0');
      const versions = await versionsAfter(o.pool, after, MAX_VERSIONS_PULL);
      return { versions, public_key: await teamPublicKey(o.pool), head: await versionHead(o.pool) };
    }
    if (req.method === 'POST' && path === '/publish') {
      const body = publishBodySchema.safeParse(await readBody(req));
      if (!body.success) {
        const i = body.error.issues[0];
        throw new Refusal(
          400,
          'VALIDATION',
          `Invalid publish: ${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid'}. Nothing was published`,
        );
      }
      return o.publisher.publish(member, body.data);
    }
    if (req.method === 'POST' && path === '/push') {
      const body = pushBodySchema.safeParse(await readBody(req));
      if (!body.success) {
        const i = body.error.issues[0];
        throw new Refusal(400, 'VALIDATION', `Invalid push: ${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid'}. Nothing was applied`);
      }
      const results: CommandOutcome[] = await o.ledger.push(member, body.data.commands);
      return { results, head: o.ledger.seq };
    }
    if (req.method === 'POST' && path === '/invite') {
      if (!member.admin) throw new Refusal(403, 'FORBIDDEN', 'Only the team admin invites members');
      const body = inviteBodySchema.safeParse(await readBody(req));
      if (!body.success) {
        const i = body.error.issues[0];
        throw new Refusal(400, 'VALIDATION', `Invalid invite: ${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid'}`);
      }
      return addMember(o.pool, body.data.name, body.data.role);
    }
    throw new Refusal(404, 'NOT_FOUND', `No such team-server call: ${req.method ?? ''} ${url.pathname.slice(0, 100)}`);
  }

  const server = http.createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://team.invalid');
    } catch {
      reply(400, { error: { code: 'VALIDATION', message: 'Malformed request target' } });
      return;
    }
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) {
      reply(404, { error: { code: 'NOT_FOUND', message: 'Planwright team server: the API is under /v1/' } });
      return;
    }
    route(req, url).then(
      (body) => reply(200, body),
      (e: unknown) => {
        if (e instanceof Refusal) reply(e.status, { error: { code: e.code, message: e.message } });
        else if (e instanceof KeyRefusal) reply(409, { error: { code: 'UNAVAILABLE', message: e.message } });
        else if (e instanceof ApiError)
          reply(e.code === 'FORBIDDEN' ? 403 : 409, {
            error: { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) },
          });
        else reply(500, { error: { code: 'INTERNAL', message: `Team server error: ${(e as Error)?.message ?? String(e)}` } });
      },
    );
  });
  // Longer than a workstation's pause between syncs, so a kept-alive connection is rarely closed under it.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
