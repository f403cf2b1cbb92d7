import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config: Vite builds the renderer into dist/renderer; Vitest runs unit and backend tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
  test: {
    root: '.',
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on a 2-core machine (this one, CI) the
    // suite ran one file at a time, with most of each file's time spent importing. Two workers
    // took it from about 300 s to 210 s.
    maxWorkers: 2,
    // Timeouts catch a hang, not slowness (durations are measured by the benches): on a loaded
    // 2-core machine tests took up to 3 times their quiet time (one reached 28 s of a 30 s limit),
    // and Vitest's hook default (10 s) leaves hooks less room still.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
