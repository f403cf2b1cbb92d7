// Finds Electron's binary, or tries once to fetch it with electron's own installer.
// Returns the binary path, or the reason it cannot be had (shown to the user in one line).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../backend/paths';

const ELECTRON_DIR = path.join(PROJECT_ROOT, 'node_modules', 'electron');

export type ElectronLookup = { ok: true; binary: string; version: string } | { ok: false; reason: string };

function installedBinary(): string | null {
  const pathFile = path.join(ELECTRON_DIR, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(ELECTRON_DIR, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

export function findElectron(): ElectronLookup {
  if (!fs.existsSync(ELECTRON_DIR)) return { ok: false, reason: 'the electron package is not installed (run npm ci)' };
  const version = (JSON.parse(fs.readFileSync(path.join(ELECTRON_DIR, 'package.json'), 'utf8')) as { version: string }).version;
  let binary = installedBinary();
  if (!binary) {
    // electron@45 ships no postinstall download; its installer fetches the binary on demand.
    const r = spawnSync(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], { encoding: 'utf8', timeout: 120_000 });
    binary = installedBinary();
    if (!binary) {
      const why = (r.stderr || r.stdout || '').split('\n').find((l) => l.trim()) ?? (r.error ? String(r.error.message) : 'no output');
      return { ok: false, reason: `Electron ${version}'s binary is not installed and could not be downloaded (${why.trim()})` };
    }
  }
  return { ok: true, binary, version };
}
