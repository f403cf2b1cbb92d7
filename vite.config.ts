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
    testTimeout: 30_000,
  },
});
