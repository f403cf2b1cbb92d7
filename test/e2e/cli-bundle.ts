// The CLI as one JavaScript bundle for the UI tests: every test starts a host and many run CLI
// commands, and each tsx start spends seconds transforming TypeScript. The global setup bundles
// electron/cli/main.ts once per run (esbuild, as `npm start`'s launcher does) and the fixtures run
// it with plain node; without the bundle (PLANWRIGHT_SKIP_BUILD=1) they fall back to tsx.
import fs from 'node:fs';
import path from 'node:path';

/** Beside the bundle sit the auto-scheduler's worker task and bootstrap, as in the desktop build. */
const OUT = path.resolve('dist', 'e2e-cli');
const BUNDLE = path.join(OUT, 'main.mjs');
const TSX = path.resolve('node_modules/.bin/tsx');
const CLI_SOURCE = path.resolve('electron/cli/main.ts');
/** Set by the global setup once the bundle is built, so every worker of this run uses it. */
const READY = 'PLANWRIGHT_E2E_CLI_BUNDLE';

export async function buildCliBundle(): Promise<void> {
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node' as const,
    target: 'node20',
    format: 'esm' as const,
    external: ['electron', 'better-sqlite3', 'pdfkit', 'esbuild', 'vite', 'tsx', '@electron/rebuild'],
    logLevel: 'warning' as const,
    banner: {
      js: "import { createRequire as __planwrightRequire } from 'node:module'; const require = __planwrightRequire(import.meta.url);",
    },
  };
  fs.rmSync(OUT, { recursive: true, force: true });
  await esbuild.build({ ...common, entryPoints: [CLI_SOURCE], outfile: BUNDLE });
  await esbuild.build({
    ...common,
    entryPoints: [path.resolve('electron/backend/scheduling/schedule-task.ts')],
    outfile: path.join(OUT, 'schedule-task.mjs'),
  });
  fs.copyFileSync(path.resolve('electron/backend/workers/bootstrap.mjs'), path.join(OUT, 'bootstrap.mjs'));
  process.env[READY] = BUNDLE;
}

/** The command and leading arguments that run the CLI. */
export function cliCommand(): [string, string[]] {
  const bundle = process.env[READY];
  return bundle && fs.existsSync(bundle) ? [process.execPath, [bundle]] : [TSX, [CLI_SOURCE]];
}
