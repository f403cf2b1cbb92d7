// `npm start`: the desktop app where Electron can run; otherwise one line saying why, then the
// same app in the browser through the loopback host.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT, planwrightHome } from '../backend/paths';
import { seedDemoWorkspace } from './launch/demo-workspace';
import { bundleShell, ensureElectronNativeBinding, ensureRendererBuilt } from './launch/build';
import { findElectron } from './launch/electron-binary';
import { serveInBrowser } from './launch/browser-fallback';

async function main(): Promise<void> {
  const electron =
    process.env.PLANWRIGHT_NO_ELECTRON === '1' ? { ok: false as const, reason: 'PLANWRIGHT_NO_ELECTRON=1 is set' } : findElectron();
  if (!electron.ok) {
    console.log(`${electron.reason}: starting Planwright in the browser instead.`);
    await serveInBrowser();
    return;
  }
  await seedDemoWorkspace(path.join(planwrightHome(), 'workspace.db')); // the shell opens the same file
  ensureRendererBuilt();
  bundleShell();
  ensureElectronNativeBinding(electron.version);
  const child = spawn(electron.binary, [path.join(PROJECT_ROOT, 'dist', 'electron', 'main.js')], { stdio: 'inherit' });
  child.on('exit', (code) => (process.exitCode = code ?? 0));
}

main().catch((e: unknown) => {
  console.error((e as Error)?.message ?? e);
  process.exitCode = 1;
});
