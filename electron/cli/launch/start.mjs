// `npm start`'s launcher. Loading the start-up code through tsx costs seconds of TypeScript
// transforms on every start, so it runs as one JavaScript bundle instead (dist/launcher/), built
// with esbuild only when its sources changed — keyed, like the renderer build, by a hash of
// their contents. Plain JavaScript: nothing to compile before it runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readStamp, sourceHash, writeStamp } from './source-hash.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT = path.join(ROOT, 'dist', 'launcher');
const STAMP = path.join(ROOT, 'dist', '.launcher-build-hash');
/** What the bundle is made from. */
const INPUTS = ['electron', 'shared', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Native addons and packages that read their own files at run time stay in node_modules. */
const EXTERNAL = ['electron', 'better-sqlite3', 'pdfkit', 'esbuild', 'vite', 'tsx', '@electron/rebuild'];

const hash = sourceHash(ROOT, INPUTS);
if (readStamp(STAMP) !== hash || !fs.existsSync(path.join(OUT, 'start.mjs'))) {
  fs.rmSync(STAMP, { force: true });
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: EXTERNAL,
    logLevel: 'warning',
    // Bundled CommonJS dependencies call require(): give the ES module one.
    banner: {
      js: "import { createRequire as __planwrightRequire } from 'node:module'; const require = __planwrightRequire(import.meta.url);",
    },
  };
  await esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'electron/cli/start.ts')], outfile: path.join(OUT, 'start.mjs') });
  // The auto-scheduler's worker loads its task and bootstrap from beside the bundle (as in the desktop build).
  await esbuild.build({
    ...common,
    entryPoints: [path.join(ROOT, 'electron/backend/scheduling/schedule-task.ts')],
    outfile: path.join(OUT, 'schedule-task.mjs'),
  });
  fs.copyFileSync(path.join(ROOT, 'electron/backend/workers/bootstrap.mjs'), path.join(OUT, 'bootstrap.mjs'));
  writeStamp(STAMP, hash);
}
await import(pathToFileURL(path.join(OUT, 'start.mjs')).href);
