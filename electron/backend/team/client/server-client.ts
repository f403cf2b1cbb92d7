// A workstation's calls to its team server. A server that cannot be reached is "offline" (the
// caller keeps working locally); a server's refusal carries its code and plain message.
import { z } from 'zod';
import { API_ERROR_CODES, ApiError, type ApiErrorCode } from '../../../../shared/api/errors';
import { LATEST_SCHEMA_VERSION } from '../../store/migrations';
import {
  API_PREFIX,
  SCHEMA_HEADER,
  TEAM_HEADER,
  errorReplySchema,
  inviteReplySchema,
  publishReplySchema,
  pullReplySchema,
  pushReplySchema,
  teamReplySchema,
  versionsReplySchema,
  type SentCommand,
} from '../protocol';

export class TeamOffline extends Error {
  constructor(server: string, cause: unknown) {
    super(`The team server at ${server} cannot be reached (${(cause as Error)?.message ?? String(cause)}); working offline`);
    this.name = 'TeamOffline';
  }
}

const ERROR_CODES = new Set<string>(API_ERROR_CODES);
const CALL_TIMEOUT_MS = 120_000;

const isStaleConnection = (cause: unknown): boolean => {
  const code = (cause as { code?: string })?.code;
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE';
};

export class ServerClient {
  constructor(
    readonly server: string,
    private readonly token: string,
    private readonly teamId: string | null,
    private readonly schema = LATEST_SCHEMA_VERSION,
  ) {}

  private async call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    reply: S,
    body?: unknown,
    timeoutMs = CALL_TIMEOUT_MS,
  ): Promise<z.infer<S>> {
    let res: Response | null = null;
    for (let attempt = 1; !res; attempt++) {
      try {
        res = await fetch(`${this.server.replace(/\/+$/, '')}${API_PREFIX}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${this.token}`,
            [SCHEMA_HEADER]: String(this.schema),
            ...(this.teamId ? { [TEAM_HEADER]: this.teamId } : {}),
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        const cause = (e as { cause?: unknown }).cause ?? e;
        // A kept-alive connection the server closed just then: every call is safe to send again
        // (a resent push is recognised by its command ids), once.
        if (attempt === 1 && isStaleConnection(cause)) continue;
        throw new TeamOffline(this.server, cause);
      }
    }
    const json = (await res.json().catch(() => null)) as unknown;
    if (!res.ok) {
      const err = errorReplySchema.safeParse(json);
      const code = err.success && ERROR_CODES.has(err.data.error.code) ? err.data.error.code : 'UNAVAILABLE';
      const message = err.success ? err.data.error.message : `The team server answered ${res.status}`;
      throw new ApiError(code as ApiErrorCode, message, err.success ? err.data.error.details : undefined);
    }
    const parsed = reply.safeParse(json);
    if (!parsed.success) throw new ApiError('UNAVAILABLE', `The team server's reply to ${path} is not one this workstation understands`);
    return parsed.data as z.infer<S>;
  }

  team() {
    return this.call('GET', '/team', teamReplySchema);
  }
  invite(name: string, role: string) {
    return this.call('POST', '/invite', inviteReplySchema, { name, role });
  }
  push(commands: SentCommand[]) {
    return this.call('POST', '/push', pushReplySchema, { commands });
  }
  pull(after: number, limit: number) {
    return this.call('GET', `/pull?after=${after}&limit=${limit}`, pullReplySchema);
  }
  publish(body: { from: string; to: string; override_reason?: string | undefined }) {
    return this.call('POST', '/publish', publishReplySchema, body);
  }
  versions(after: number) {
    return this.call('GET', `/versions?after=${after}`, versionsReplySchema);
  }
  /** A cheap "is the server there?" with a short timeout: offline is seen without waiting on a sync. */
  health(timeoutMs: number) {
    return this.call('GET', '/health', z.object({ ok: z.boolean() }), undefined, timeoutMs);
  }
}
