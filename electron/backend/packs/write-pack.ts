// Puts a pack on disk all or nothing: files go to a hidden temp folder beside the target, then
// `commit` runs (the store's transaction) and the folder and zip are renamed into place inside
// it. Any failure removes everything written, so a failed publish leaves nothing behind.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { zipPack } from './zip';

export interface WriteTarget {
  outDir: string;
  name: string;
  zip: boolean;
}

export function packPaths(t: WriteTarget): { dir: string; zip: string | null } {
  return { dir: path.join(t.outDir, t.name), zip: t.zip ? path.join(t.outDir, `${t.name}.zip`) : null };
}

/** Writes `files` as the pack folder (and zip), committing with `commit` before the renames land. */
export function writePackAtomically(
  t: WriteTarget,
  files: ReadonlyMap<string, Uint8Array>,
  commit: (finish: () => void) => void,
): { dir: string; zip: string | null } {
  const final = packPaths(t);
  for (const p of [final.dir, final.zip]) {
    if (p && fs.existsSync(p)) throw new ApiError('CONFLICT', `${p} already exists: nothing was published (choose another output folder)`);
  }
  fs.mkdirSync(t.outDir, { recursive: true });
  const tmpDir = fs.mkdtempSync(path.join(t.outDir, `.${t.name}.tmp-`));
  const tmpZip = final.zip ? `${tmpDir}.zip` : null;
  const placed: string[] = [];
  try {
    for (const [p, bytes] of files) {
      const full = path.join(tmpDir, ...p.split('/'));
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, bytes);
    }
    if (tmpZip) fs.writeFileSync(tmpZip, zipPack(t.name, files));
    commit(() => {
      fs.renameSync(tmpDir, final.dir);
      placed.push(final.dir);
      if (tmpZip && final.zip) {
        fs.renameSync(tmpZip, final.zip);
        placed.push(final.zip);
      }
    });
    return final;
  } catch (e) {
    for (const p of [tmpDir, tmpZip, ...placed]) if (p) fs.rmSync(p, { recursive: true, force: true });
    throw e;
  }
}
