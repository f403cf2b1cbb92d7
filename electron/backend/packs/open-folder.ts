// Shows a pack folder in the system file manager when this machine has one. On a headless
// machine (CI, a server) it does nothing and says so: the UI then shows the path to copy.
import { spawn, spawnSync } from 'node:child_process';

export function openFolder(folder: string, env: NodeJS.ProcessEnv = process.env, platform = process.platform): boolean {
  if (env.PLANWRIGHT_NO_OPEN === '1') return false;
  const cmd = platform === 'darwin' ? 'open' : platform === 'win32' ? 'explorer' : 'xdg-open';
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return false;
  if (platform !== 'win32' && spawnSync('which', [cmd]).status !== 0) return false;
  const child = spawn(cmd, [folder], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
  return true;
}
