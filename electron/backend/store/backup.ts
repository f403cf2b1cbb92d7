// Rolling backups taken on open with SQLite's online backup API: keeps the newest N copies
// in `<file>.backups/`. Written to a temp name and renamed, so a crash leaves no half copy.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export const BACKUPS_KEPT = 5;

export function backupDir(dbFile: string): string {
  return `${dbFile}.backups`;
}

export async function rollingBackup(db: Database.Database, dbFile: string, keep = BACKUPS_KEPT): Promise<string> {
  const dir = backupDir(dbFile);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = path.basename(dbFile);
  let target = path.join(dir, `${base}.${stamp}.bak`);
  for (let i = 1; fs.existsSync(target); i++) target = path.join(dir, `${base}.${stamp}-${i}.bak`);
  const tmp = `${target}.tmp`;
  await db.backup(tmp);
  fs.renameSync(tmp, target);
  pruneBackups(dir, base, keep);
  return target;
}

export function listBackups(dbFile: string): string[] {
  const dir = backupDir(dbFile);
  if (!fs.existsSync(dir)) return [];
  const base = path.basename(dbFile);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}.`) && f.endsWith('.bak'))
    .sort()
    .map((f) => path.join(dir, f));
}

function pruneBackups(dir: string, base: string, keep: number): void {
  const all = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}.`) && f.endsWith('.bak'))
    .sort();
  for (const f of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(path.join(dir, f));
}
