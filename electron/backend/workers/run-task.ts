// Runs CPU-heavy work (the auto-scheduler) off the main thread: the UI and the host keep
// answering while it thinks. Cancel is cooperative (the task sees `cancelled()` and returns its
// best answer so far); `terminate` is the hard stop.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

export interface TaskContext<P> {
  progress(p: P): void;
  cancelled(): boolean;
}
/** Shape of a task module loaded in the worker. */
export type TaskModule<I, O, P> = { run(input: I, ctx: TaskContext<P>): O | Promise<O> };

export interface RunningTask<O> {
  result: Promise<O>;
  /** Ask the task to stop and return its best answer so far. */
  cancel(): void;
  /** Stop the thread now (no result). */
  terminate(): Promise<void>;
}

const BOOTSTRAP = fileURLToPath(new URL('./bootstrap.mjs', import.meta.url));

export function runTask<I, O, P>(moduleUrl: URL, input: I, onProgress: (p: P) => void = () => undefined): RunningTask<O> {
  const cancelBuffer = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancelBuffer);
  const worker = new Worker(BOOTSTRAP, { workerData: { modulePath: moduleUrl.href, input, cancelBuffer } });
  const result = new Promise<O>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: { type: string; progress?: P; result?: O; message?: string }) => {
      if (m.type === 'progress') onProgress(m.progress as P);
      else if (m.type === 'done') {
        settled = true;
        resolve(m.result as O);
        void worker.terminate();
      } else if (m.type === 'error') {
        settled = true;
        reject(new Error(m.message));
        void worker.terminate();
      }
    });
    worker.on('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`worker stopped (exit ${code}) before finishing`));
    });
  });
  return {
    result,
    cancel: () => Atomics.store(flag, 0, 1),
    terminate: async () => {
      await worker.terminate();
    },
  };
}
