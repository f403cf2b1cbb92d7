// A throwaway workspace for the benchmark: seeded through the real CLI, served by the real host.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('electron/cli/main.ts');

export interface BenchWorkspace {
  dir: string;
  db: string;
  url: string;
  origin: string;
  hash: string;
  seedMs: number;
  /** The board address the measurements open (default: the seeded week of 5 Jan 2027). */
  week?: string;
  close(): Promise<void>;
}

export const SEED_ARGS = ['--operatives', '200', '--jobs', '5000', '--days', '10', '--scheduled', '0.8'];

export async function openBenchWorkspace(): Promise<BenchWorkspace> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-diary-'));
  const db = path.join(dir, 'workspace.db');
  const env = { ...process.env, PLANWRIGHT_HOME: path.join(dir, 'home') };
  const t0 = performance.now();
  execFileSync(TSX, [CLI, 'seed', '--db', db, ...SEED_ARGS], { env, stdio: 'pipe' });
  const seedMs = performance.now() - t0;
  // BENCH_HOST_PROFILE=dir: the host runs under Node's CPU profiler (profile-drop.ts), written on exit.
  const prof = process.env.BENCH_HOST_PROFILE;
  const child = prof
    ? spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${prof}`, '--import', 'tsx', CLI, 'host', '--db', db], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(TSX, [CLI, 'host', '--db', db], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await waitForUrl(child);
  const u = new URL(url);
  return {
    dir,
    db,
    url,
    origin: u.origin,
    hash: u.hash,
    seedMs,
    async close() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start in 30 s\n${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Planwright at (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`host exited with ${code}\n${out}`)));
  });
}
