// Where things live: the project root (for the built renderer) and PLANWRIGHT_HOME.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIST = path.join(PROJECT_ROOT, 'dist', 'renderer');

/** Config/keys folder: PLANWRIGHT_HOME, else the OS's per-user config folder. */
export function planwrightHome(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PLANWRIGHT_HOME) return path.resolve(env.PLANWRIGHT_HOME);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Planwright');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Planwright');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'planwright');
}
