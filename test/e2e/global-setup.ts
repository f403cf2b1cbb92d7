// Builds the renderer once so every test's host serves the real production bundle.
import { execFileSync } from 'node:child_process';

export default function globalSetup(): void {
  if (process.env.PLANWRIGHT_SKIP_BUILD === '1') return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
