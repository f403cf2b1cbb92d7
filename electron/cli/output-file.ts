// Where a command's `--out` goes. `-` is stdout. Anything else is written atomically (temp file
// beside it, fsync, rename) and only onto a regular file or a new path in an existing folder.
// Devices (even /dev/null), FIFOs, sockets and folders are refused with a message, nothing
// written. Symlinks are followed deliberately: a link to a regular file (or a chain of links)
// gets its target rewritten and stays a link — replacing the link itself is never what was
// meant; a dangling link is refused.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../backend/write-file-atomic';
import { CliError } from './cli-error';

export interface OutputTarget {
  /** True for `-`. */
  stdout: boolean;
  /** The file written (a symlink's target), or '-' for stdout. */
  file: string;
  write(data: string | Uint8Array): void;
}

/** Checks `--out` before any work is done; `write` checks again, then writes. */
export function outputTarget(target: string, command: string): OutputTarget {
  if (target === '-') {
    return { stdout: true, file: '-', write: (data) => void process.stdout.write(typeof data === 'string' ? data : Buffer.from(data)) };
  }
  const file = resolveTarget(target, command);
  return {
    stdout: false,
    file,
    write: (data) => writeAtomic(resolveTarget(target, command), data, command),
  };
}

/** The regular file (or new path) `target` names, after following symlinks; refuses anything else. */
function resolveTarget(target: string, command: string): string {
  if (target.endsWith('/') || target.endsWith(path.sep)) throw refuse(command, target, 'is a folder; give a file name');
  let st: fs.Stats | null = lstatOrNull(target);
  let file = target;
  if (st?.isSymbolicLink()) {
    try {
      file = fs.realpathSync(target);
    } catch {
      throw refuse(command, target, 'is a symbolic link to nothing (dangling); give a real file or a new name');
    }
    st = lstatOrNull(file);
  }
  if (!st) {
    const dir = path.dirname(path.resolve(file));
    const dirSt = lstatOrNull(dir);
    if (!dirSt || !dirSt.isDirectory()) throw refuse(command, target, `cannot be created: the folder ${dir} does not exist`);
    return file;
  }
  if (st.isFile()) return file;
  if (st.isDirectory()) throw refuse(command, target, 'is a folder; give a file name');
  if (st.isFIFO()) throw refuse(command, target, 'is a named pipe (FIFO); write to "-" (stdout) and redirect instead');
  if (st.isCharacterDevice() || st.isBlockDevice())
    throw refuse(command, target, 'is a device; write to "-" (stdout) and redirect instead');
  if (st.isSocket()) throw refuse(command, target, 'is a socket');
  throw refuse(command, target, 'is not a regular file');
}

function writeAtomic(file: string, data: string | Uint8Array, command: string): void {
  const existing = lstatOrNull(file);
  try {
    writeFileAtomic(file, data, existing ? { mode: existing.mode & 0o7777 } : {});
  } catch (e) {
    throw new CliError(`${command}: could not write ${file}: ${(e as Error).message}; nothing was written`);
  }
}

function lstatOrNull(p: string): fs.Stats | null {
  try {
    return fs.lstatSync(p);
  } catch {
    return null;
  }
}

function refuse(command: string, target: string, why: string): CliError {
  return new CliError(`${command}: --out ${target} ${why}. Nothing was written.`);
}
