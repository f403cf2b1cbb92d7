// A fresh workspace per test, served by the real browser host started through the real CLI
// (`planwright host`), so the UI is exercised end to end: Chromium → HTTP → handlers → SQLite.
// With `transport: 'ipc'` (the "ipc" project) the same tests run through the desktop app's
// path instead: the real preload bridge → the real registerInvokeHandler → dispatch, in-process.
import { test as base, expect } from '@playwright/test';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace } from '../../electron/backend/workspace';
import { cliCommand } from './cli-bundle';
import { connectIpc, IPC_ORIGIN } from './ipc/ipc-harness';

export interface WorkspaceFixture {
  /** Full URL with `#token=…`; append nothing after the fragment — use `open(query)` for deep links. */
  url: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  token: string;
  dbPath: string;
  dir: string;
  /** URL for a deep link such as `?view=jobs&date=2027-01-04`, keeping the token. */
  link(query: string): string;
  /** Runs a CLI command against this workspace's db (e.g. ['assign', '--job', 'J-1', ...]); returns stdout. */
  cli(args: string[]): string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const [cmd, pre] = cliCommand();
  return execFileSync(cmd, [...pre, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

export type Transport = 'host' | 'ipc';

export const test = base.extend<{
  seedArgs: string[] | null;
  hostEnv: Record<string, string>;
  transport: Transport;
  workspace: WorkspaceFixture;
}>({
  seedArgs: [null, { option: true }],
  /** Extra environment for the host and CLI runs, e.g. { PLANWRIGHT_PASSPHRASE: '…' }. */
  hostEnv: [{}, { option: true }],
  /** How the page reaches the backend: the browser host over HTTP, or the desktop app's IPC bridge. */
  transport: ['host', { option: true }],
  workspace: async ({ seedArgs, hostEnv, transport, page }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-e2e-'));
    const dbPath = path.join(dir, 'workspace.db');
    const env = { PLANWRIGHT_HOME: path.join(dir, 'home'), ...hostEnv };
    if (seedArgs) runCli(['seed', '--db', dbPath, ...seedArgs], env);
    if (transport === 'ipc') {
      await useIpcWorkspace(page, dbPath, dir, env, use);
      fs.rmSync(dir, { recursive: true, force: true });
      return;
    }
    const [cmd, pre] = cliCommand();
    const child = spawn(cmd, [...pre, 'host', '--db', dbPath], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await waitForUrl(child);
    const u = new URL(url);
    const token = u.hash.replace('#token=', '');
    const origin = `${u.protocol}//${u.host}`;
    await use({
      url,
      origin,
      token,
      dbPath,
      dir,
      link: (query) => `${origin}/${query.startsWith('?') ? query : `?${query}`}#token=${token}`,
      cli: (args) => runCli([args[0]!, '--db', dbPath, ...args.slice(1)], env),
    });
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

/** The workspace opened in this process, as the desktop app's main process opens it, reached over IPC. */
async function useIpcWorkspace(
  page: import('@playwright/test').Page,
  dbPath: string,
  dir: string,
  env: Record<string, string>,
  use: (w: WorkspaceFixture) => Promise<void>,
): Promise<void> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env); // the main process's environment: PLANWRIGHT_HOME, a passphrase…
  const ws = await openWorkspace(dbPath, { checkOutput: true, readOnlyFallback: true });
  const dispose = await connectIpc(page, ws.dispatch);
  try {
    await use({
      url: `${IPC_ORIGIN}/`,
      origin: IPC_ORIGIN,
      token: '',
      dbPath,
      dir,
      link: (query) => `${IPC_ORIGIN}/${query.startsWith('?') ? query : `?${query}`}`,
      cli: (args) => runCli([args[0]!, '--db', dbPath, ...args.slice(1)], env),
    });
  } finally {
    dispose();
    ws.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host did not start in 30 s\n${out}\n${err}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Planwright at (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}\n${out}\n${err}`));
    });
  });
}

export { expect };
