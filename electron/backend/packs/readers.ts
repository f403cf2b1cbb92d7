// PackReaders for verification: a pack folder on disk, or a .zip of one.
import fs from 'node:fs';
import path from 'node:path';
import type { PackReader } from '../../../shared/pack';
import type { UnzippedPack } from './zip';

export function folderReader(root: string): PackReader {
  return {
    list: () => walk(root, ''),
    read: (p) => {
      const full = path.join(root, ...p.split('/'));
      try {
        return fs.lstatSync(full).isFile() ? new Uint8Array(fs.readFileSync(full)) : null;
      } catch {
        return null;
      }
    },
  };
}

/** Every entry under `dir` that is not a directory (a symlink counts, and is then unreadable). */
function walk(root: string, rel: string): string[] {
  const out: string[] = [];
  for (const d of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...walk(root, p));
    else out.push(p);
  }
  return out;
}

export function zipReader(unzipped: UnzippedPack): PackReader {
  const { files } = unzipped;
  return { list: () => [...files.keys()], read: (p) => files.get(p) ?? null };
}
