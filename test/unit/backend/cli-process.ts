// Runs the real CLI in its own process — for what an in-process run cannot show: a user who
// may not write the file (the tests run as root, who may write anything, so they drop to
// `nobody`), or a disk that is full (a file-size limit: writes past it fail with EFBIG).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('electron/cli/main.ts');
export const NOBODY = 65534;

export interface ProcessRun {
  code: number;
  out: string;
  err: string;
}

export const isRoot = () => process.getuid?.() === 0;

export interface ProcessOptions {
  env?: NodeJS.ProcessEnv;
  /** Run as a user without special rights (nobody when the tests run as root). */
  unprivileged?: boolean;
  /** `ulimit -f`: the largest file the process may write, in 512-byte blocks. */
  fileSizeLimitBlocks?: number;
}

let checkedNobody = false;
/** Running as nobody needs the checkout readable by other users: say so plainly if it is not. */
export function assertNobodyCanRun(): void {
  if (checkedNobody) return;
  const r = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)}, require('fs').constants.R_OK)`], {
    uid: NOBODY,
    gid: NOBODY,
  });
  if (r.status !== 0) {
    throw new Error(
      `These tests run the CLI as "nobody" (root may write any file), which cannot read ${CLI}: make the checkout readable by other users (chmod o+rX on it and its parent folders).`,
    );
  }
  checkedNobody = true;
}

export function cliProcess(args: string[], opts: ProcessOptions = {}): ProcessRun {
  const env = { ...process.env, ...opts.env };
  if (opts.unprivileged && isRoot()) assertNobodyCanRun();
  const ids = opts.unprivileged && isRoot() ? { uid: NOBODY, gid: NOBODY } : {};
  const [cmd, argv] =
    opts.fileSizeLimitBlocks !== undefined
      ? ['sh', ['-c', `ulimit -f ${opts.fileSizeLimitBlocks} && exec "$0" "$@"`, TSX, CLI, ...args]]
      : [TSX, [CLI, ...args]];
  const r = spawnSync(cmd, argv as string[], { env, encoding: 'utf8', timeout: 120_000, ...ids });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** A folder `nobody` can enter (and, when `writable`, write in). */
export function openUpFolder(dir: string, writable: boolean): void {
  fs.chmodSync(dir, writable ? 0o777 : 0o755);
}
