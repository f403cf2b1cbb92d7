// Where things live relative to the bundled shell (dist/electron/main.js). The same layout
// holds in a checkout and inside app.asar, so no isPackaged branching is needed.
import path from 'node:path';

export interface ShellPaths {
  /** Sandboxed preloads must be CommonJS, hence the .cjs bundle next to main.js. */
  preload: string;
  rendererRoot: string;
  projectRoot: string;
}

export function shellPaths(bundleDir: string): ShellPaths {
  return {
    preload: path.join(bundleDir, 'preload.cjs'),
    rendererRoot: path.join(bundleDir, '..', 'renderer'),
    projectRoot: path.join(bundleDir, '..', '..'),
  };
}
