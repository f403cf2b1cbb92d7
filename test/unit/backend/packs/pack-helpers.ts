// A small seeded workspace with every job placed, and a publish call with test defaults:
// the signing key lives in the workspace's own temp folder (PLANWRIGHT_HOME), never ~/.config.
import fs from 'node:fs';
import path from 'node:path';
import { publishPack, type PublishOptions } from '../../../../electron/backend/packs/publish';
import { writeSeed } from '../../../../electron/backend/seed/write-seed';
import { generateSeed } from '../../../../shared/seed/generate';
import { tempWorkspace } from '../temp-workspace';

export const PASS = 'correct horse battery staple';
export const WEEK = { from: '2027-01-04', to: '2027-01-08' };

export async function seededWorkspace(seed = 3) {
  const ws = await tempWorkspace();
  writeSeed(ws.store, generateSeed({ operatives: 6, jobs: 40, days: 5, start: WEEK.from, scheduled: 1, seed }), 'Seed');
  const home = path.join(ws.dir, 'home');
  const out = path.join(ws.dir, 'out');
  const publish = (o: Partial<PublishOptions> = {}) =>
    publishPack(ws.store, {
      ...WEEK,
      outDir: out,
      zip: false,
      overrideReason: 'accepted in test',
      access: { passphrase: PASS },
      home,
      appVersion: '0.1.0',
      who: 'tester',
      ...o,
    });
  return Object.assign(ws, { home, out, publish, pubkeyFile: path.join(home, 'keys', 'signing-key.pub') });
}

/** Every file under `dir`, as '/'-separated relative paths, sorted. */
export function listFiles(dir: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(dir, `${rel}${d.name}/`) : [`${rel}${d.name}`]))
    .sort();
}

export function copyDir(from: string, to: string): string {
  fs.cpSync(from, to, { recursive: true });
  return to;
}
