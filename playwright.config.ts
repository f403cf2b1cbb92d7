import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (this machine and CI have no such network).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig<{ transport: 'host' | 'ipc' }>({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  outputDir: 'test-results',
  // Both transports pass the same tests: everything through the browser host, and a
  // representative part (scenarios, moves inside one, compare, promote, undo, publish, change
  // control) a second time through the desktop app's IPC path (test/e2e/ipc/).
  projects: [
    { name: 'host' },
    {
      name: 'ipc',
      testMatch: ['**/transports.spec.ts', '**/scenarios.spec.ts', '**/publish.spec.ts', '**/change-control.spec.ts'],
      use: { transport: 'ipc' },
    },
  ],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.PLANWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
  },
});
