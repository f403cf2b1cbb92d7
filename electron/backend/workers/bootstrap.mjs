// Worker thread entry: loads a task module (TypeScript through tsx when running from source)
// and runs its `run(input, ctx)`, reporting progress and honouring a shared cancel flag.
import { parentPort, workerData } from 'node:worker_threads';

const { modulePath, input, cancelBuffer } = workerData;
if (modulePath.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
const cancelFlag = new Int32Array(cancelBuffer);
try {
  const task = await import(modulePath);
  const result = await task.run(input, {
    progress: (p) => parentPort.postMessage({ type: 'progress', progress: p }),
    cancelled: () => Atomics.load(cancelFlag, 0) === 1,
  });
  parentPort.postMessage({ type: 'done', result });
} catch (err) {
  parentPort.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
