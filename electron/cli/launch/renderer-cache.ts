// Build the renderer once per source state: `npm start` hashes what the bundle is made from (the
// renderer and shared sources, the Vite and TypeScript config, the locked dependencies) and
// skips `vite build` when dist/renderer was built from exactly that. Content, not timestamps: a
// checkout or copy that touches every file does not force a rebuild, and an edit always does.
import fs from 'node:fs';
import path from 'node:path';
import { readStamp, sourceHash, writeStamp } from './source-hash.mjs';

/** Folders and files whose contents make the bundle, relative to the project root. */
export const RENDERER_INPUTS = ['renderer', 'shared', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'] as const;

export interface RendererCache {
  root: string;
  /** The built bundle's folder; its index.html must exist for a hit. */
  dist: string;
  /** Where the hash of the last successful build is kept (outside dist: the build empties it). */
  stamp: string;
}

export function defaultCache(root: string): RendererCache {
  return { root, dist: path.join(root, 'dist', 'renderer'), stamp: path.join(root, 'dist', '.renderer-build-hash') };
}

/** SHA-256 over every input file's relative path and bytes, in a fixed order. */
export function rendererSourceHash(root: string, inputs: readonly string[] = RENDERER_INPUTS): string {
  return sourceHash(root, inputs);
}

/** Runs `build` unless the bundle was built from these sources; returns whether it built. */
export function buildRendererOnce(cache: RendererCache, build: () => void): { built: boolean; hash: string } {
  const hash = rendererSourceHash(cache.root);
  if (readStamp(cache.stamp) === hash && fs.existsSync(path.join(cache.dist, 'index.html'))) return { built: false, hash };
  fs.rmSync(cache.stamp, { force: true }); // a failed build must not leave the old stamp claiming the new sources
  build();
  writeStamp(cache.stamp, hash);
  return { built: true, hash };
}
