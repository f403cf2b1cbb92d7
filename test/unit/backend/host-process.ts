// A real host in its own process (host-child.ts): a crash shows as an exit, not a dead test
// runner, and several hosts can share one workspace file like two app windows on two machines.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { assertNobodyCanRun, isRoot, NOBODY } from './cli-process';

const TSX = path.resolve('node_modules/.bin/tsx');

export interface HostProcess {
  port: number;
  token: string;
  child: ChildProcess;
  /** Exit code once it exited, else null. */
  exited(): number | null;
  stop(): Promise<void>;
}

export async function startHostProcess(
  dbPath: string,
  rendererDir: string,
  opts: { mode?: 'app'; unprivileged?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<HostProcess> {
  if (opts.unprivileged && isRoot()) assertNobodyCanRun();
  const ids = opts.unprivileged && isRoot() ? { uid: NOBODY, gid: NOBODY } : {};
  const child = spawn(TSX, [path.resolve('test/unit/backend/host-child.ts'), dbPath, rendererDir, ...(opts.mode ? [opts.mode] : [])], {
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...ids,
  });
  let exitCode: number | null = null;
  child.on('exit', (code) => (exitCode = code ?? -1));
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const [port, token] = await new Promise<[number, string]>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\d+) (\S+)/.exec(out);
      if (m) resolve([Number(m[1]), m[2]!]);
    });
    child.once('exit', (code) => reject(new Error(`host exited ${code}: ${err}`)));
  });
  return {
    port,
    token,
    child,
    exited: () => exitCode,
    stop: async () => {
      if (exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** POST /api/<name> on a host process; resolves with the status and parsed envelope. */
export async function hostCall(
  host: Pick<HostProcess, 'port' | 'token'>,
  name: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { ok: boolean; result?: unknown; error?: { code: string; message: string } } }> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-planwright-token': host.token, ...headers },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean } };
}
