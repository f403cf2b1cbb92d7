// Worker thread entry for the solver pool: from source (tests, CLI, benches) the worker is
// TypeScript, loaded through tsx; in the bundled app it is plain JavaScript.
import { workerData } from 'node:worker_threads';

if (workerData.modulePath.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.modulePath);
