// Builds the renderer once so every test's host serves the real production bundle. Through the
// same cache as `npm start` (keyed by the sources' hash): a test that runs `npm start` then finds
// the bundle current and never rebuilds (emptying dist/renderer) under the other tests' hosts.
import { execFileSync } from 'node:child_process';
import { buildRendererOnce, defaultCache } from '../../electron/cli/launch/renderer-cache';
import { buildCliBundle } from './cli-bundle';

export default async function globalSetup(): Promise<void> {
  if (process.env.PLANWRIGHT_SKIP_BUILD === '1') return;
  buildRendererOnce(defaultCache(process.cwd()), () => execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' }));
  await buildCliBundle();
}
