// Build steps `npm start` needs: the renderer bundle, and for Electron the shell bundles and
// an Electron-ABI better-sqlite3 kept in .electron-native/ (the Node build stays for tests/CLI).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../backend/paths';
import { buildRendererOnce, defaultCache } from './renderer-cache';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });

/** Builds dist/renderer unless it was built from the current sources (hash in renderer-cache.ts). */
export function ensureRendererBuilt(): void {
  const r = buildRendererOnce(defaultCache(PROJECT_ROOT), () => {
    console.log('Building the renderer (its sources changed since the last build)…');
    run('npx', ['vite', 'build', '--logLevel', 'warn']);
  });
  if (!r.built) console.log(`Renderer up to date (sources ${r.hash.slice(0, 12)}): not rebuilt.`);
}

/** Bundles the Electron main process (ESM) and the sandboxed preload (must be CommonJS). */
export function bundleShell(): void {
  // pdfkit reads its font metrics from its own folder at run time: load it from node_modules, not the bundle.
  const common = [
    '--bundle',
    '--platform=node',
    '--target=node22',
    '--external:electron',
    '--external:better-sqlite3',
    '--external:pdfkit',
  ];
  run('npx', ['esbuild', 'electron/shell/main.ts', ...common, '--format=esm', '--outfile=dist/electron/main.js']);
  run('npx', ['esbuild', 'electron/shell/preload.ts', ...common, '--format=cjs', '--outfile=dist/electron/preload.cjs']);
  // Worker threads ship beside main.js, each bundle with its plain-JS bootstrap: the
  // auto-scheduler's task, and the solver's worker pool (electron/backend/solver-threads).
  const worker = (entry: string, outfile: string, bootstrap: string) => {
    run('npx', ['esbuild', entry, ...common, '--format=esm', `--outfile=dist/electron/${outfile}`]);
    fs.copyFileSync(path.join(PROJECT_ROOT, bootstrap), path.join(PROJECT_ROOT, 'dist/electron', path.basename(bootstrap)));
  };
  worker('electron/backend/scheduling/schedule-task.ts', 'schedule-task.mjs', 'electron/backend/workers/bootstrap.mjs');
  worker('electron/backend/solver-threads/worker.ts', 'solver-worker.mjs', 'electron/backend/solver-threads/solver-bootstrap.mjs');
}

/** Compiles better-sqlite3 for Electron's ABI in a scratch copy and keeps only the .node file. */
export function ensureElectronNativeBinding(electronVersion: string): string {
  const target = path.join(PROJECT_ROOT, '.electron-native', 'better_sqlite3.node');
  const stamp = `${target}.electron-${electronVersion}`;
  if (fs.existsSync(target) && fs.existsSync(stamp)) return target;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-native-'));
  fs.cpSync(path.join(PROJECT_ROOT, 'node_modules', 'better-sqlite3'), path.join(scratch, 'node_modules', 'better-sqlite3'), {
    recursive: true,
  });
  fs.writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', dependencies: { 'better-sqlite3': '*' } }));
  run('npx', ['electron-rebuild', '--version', electronVersion, '--module-dir', scratch, '--only', 'better-sqlite3', '--force']);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(scratch, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), target);
  fs.writeFileSync(stamp, '');
  fs.rmSync(scratch, { recursive: true, force: true });
  return target;
}
