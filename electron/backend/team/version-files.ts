// A team version between a workspace and the wire: read from the pack folder the server wrote
// (every file, byte for byte), and written on a workstation as that same folder (and, when
// asked, a zip) with the version's row — all or nothing, as a local publish is.
import fs from 'node:fs';
import path from 'node:path';
import { zipPack } from '../packs/zip';
import { writePackAtomically } from '../packs/write-pack';
import { frozenEntries, getVersion, type VersionRow } from '../store/pack-versions';
import { recordVersionRow } from '../store/team/version-rows';
import type { Store } from '../store/store';
import type { TeamVersion } from './protocol';

function filesUnder(dir: string, prefix = ''): TeamVersion['files'] {
  const out: TeamVersion['files'] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...filesUnder(path.join(dir, e.name), rel));
    else out.push({ path: rel, base64: fs.readFileSync(path.join(dir, e.name)).toString('base64') });
  }
  return out;
}

/** Version `version` of `store` as the team keeps it (no local paths), its files read from its folder. */
export function teamVersionOf(store: Store, version: number, seq: number): TeamVersion {
  const row = getVersion(store, version)!;
  const { out_path, zip_path: _zip, ...rest } = row;
  return { version, seq, folder: path.basename(out_path), row: rest, entries: frozenEntries(store, version), files: filesUnder(out_path) };
}

const rowOf = (v: TeamVersion, outPath: string, zipPath: string | null): VersionRow =>
  ({ ...(v.row as unknown as Omit<VersionRow, 'out_path' | 'zip_path'>), out_path: outPath, zip_path: zipPath }) as VersionRow;

/** Records a team version's row only (the server's copy of a version another server process made). */
export function recordTeamVersion(store: Store, v: TeamVersion, outPath: string): void {
  recordAt(store, v, outPath, null);
}

const samePack = (dir: string, files: ReadonlyMap<string, Uint8Array>): boolean => {
  const manifest = path.join(dir, 'manifest.json');
  return fs.existsSync(manifest) && Buffer.from(files.get('manifest.json') ?? []).equals(fs.readFileSync(manifest));
};

/**
 * Writes a team version on this workstation: the pack folder under `outDir` (the same bytes the
 * server signed; a folder already holding this very pack is kept) and the version's row.
 */
export function storeTeamVersion(store: Store, v: TeamVersion, outDir: string, zip: boolean): { dir: string; zip: string | null } {
  const files = new Map(v.files.map((f) => [f.path, new Uint8Array(Buffer.from(f.base64, 'base64'))]));
  for (const p of files.keys())
    if (p.split('/').some((s) => s === '..' || s === '' || s.startsWith('.')))
      throw new Error(`team version ${v.version}: unsafe path ${p}`);
  let name = v.folder;
  for (let n = 2; fs.existsSync(path.join(outDir, name)) && !samePack(path.join(outDir, name), files); n++) name = `${v.folder}-${n}`;
  const dir = path.join(path.resolve(outDir), name);
  if (fs.existsSync(dir)) {
    let zipPath: string | null = null;
    if (zip) {
      zipPath = `${dir}.zip`;
      if (!fs.existsSync(zipPath)) fs.writeFileSync(zipPath, zipPack(name, files));
    }
    recordAt(store, v, dir, zipPath);
    return { dir, zip: zipPath };
  }
  return writePackAtomically({ outDir: path.resolve(outDir), name, zip }, files, (finish) =>
    recordVersionRow(store, rowOf(v, dir, zip ? `${dir}.zip` : null), v.entries, finish),
  );
}

function recordAt(store: Store, v: TeamVersion, dir: string, zipPath: string | null): void {
  recordVersionRow(store, rowOf(v, dir, zipPath), v.entries);
}
