// better-sqlite3 ships one compiled addon, built for Node's ABI so tests and the CLI work.
// Electron needs a build for its own ABI; `npm start` (where the network allows) runs
// @electron/rebuild into <project>/.electron-native/ so node_modules stays the Node build.
// No electron import: this is plain path logic, unit-testable.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ELECTRON_NATIVE_DIR = '.electron-native';
export const BINDING_FILE = 'better_sqlite3.node';

/**
 * Path of the Electron-ABI binding, or undefined to let better-sqlite3 load its default one
 * (the packaged app: electron-builder rebuilds node_modules for Electron and never ships
 * .electron-native).
 */
export function resolveNativeBinding(projectRoot: string, exists: (p: string) => boolean = existsSync): string | undefined {
  const candidate = path.join(projectRoot, ELECTRON_NATIVE_DIR, BINDING_FILE);
  return exists(candidate) ? candidate : undefined;
}
