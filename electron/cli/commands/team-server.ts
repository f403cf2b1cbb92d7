// `team serve` and `team invite`: the team server itself, and a call to it over HTTP — neither
// works on a workspace, so they reach the backend directly (the rest of `team` uses the front door).
import { ApiError } from '../../../shared/api/errors';
import { ServerClient, TeamOffline } from '../../backend/team/client/server-client';
import { serveTeam } from '../../backend/team/server/serve';
import { openWorkspace } from '../../backend/workspace';
import { CliError } from '../cli-error';
import { waitForSignal } from './host';

export async function inviteMember(cmd: string, server: string, token: string, name: string, role: string) {
  return refusals(cmd, () => new ServerClient(server, token, null).invite(name, role));
}

async function refusals<T>(cmd: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof TeamOffline || e instanceof ApiError) throw new CliError(`${cmd}: ${e.message}`);
    throw e;
  }
}

export async function serve(pgUrl: string, port: number, out: (s: string) => void): Promise<void> {
  const server = await serveTeam({ pgUrl, port, openPlan: (file) => openWorkspace(file, { backup: false }) }).catch((e: unknown) => {
    const code = (e as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === '28P01' || code === '3D000' || code === 'EADDRINUSE')
      throw new CliError(`team serve: ${(e as Error).message || code}`);
    throw e;
  });
  // The admin token first: whoever waits for the URL line has it already.
  if (server.adminToken) out(`token: ${server.adminToken}`);
  out(`Planwright team server at ${server.url}`);
  await waitForSignal();
  await server.close();
}
