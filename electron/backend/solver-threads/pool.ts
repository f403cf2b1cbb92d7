// A pool of solver worker threads. Started once (each thread loads the engine), it can serve run
// after run: a run shares its problem with every worker (shared memory, not copied per task),
// then hands tasks (islands, decomposition parts) to whichever worker is free; outcomes come back
// in task order. cancel() asks every running task to return what it has; close() ends the threads.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Executor } from '../../../shared/solver/vrptw/parallel';
import type { VrptwProblem } from '../../../shared/solver/vrptw/problem';
import type { SearchOutcome, SearchTask } from '../../../shared/solver/vrptw/search-task';
import type { ClockKind } from './clock';
import { sharedProblem } from './shared-problem';
import type { FromWorker, ToWorker } from './worker';

// From source the worker is TypeScript; in the bundled desktop app it sits beside main.js.
const BOOTSTRAP = fileURLToPath(new URL('./solver-bootstrap.mjs', import.meta.url));
const WORKER = fs.existsSync(fileURLToPath(new URL('./worker.ts', import.meta.url)))
  ? new URL('./worker.ts', import.meta.url)
  : new URL('./solver-worker.mjs', import.meta.url);

interface Pending {
  resolve: (o: SearchOutcome) => void;
  reject: (e: Error) => void;
}

export class SolverPool {
  readonly threads: number;
  /** Resolves once every worker has loaded the engine. */
  readonly ready: Promise<void>;
  private readonly workers: Worker[];
  private cancelFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly pending = new Map<number, Pending>();
  private readonly idle: Worker[] = [];
  /** Tasks for any worker, and tasks for one worker (an island lives on one). */
  private readonly queue: Extract<ToWorker, { type: 'task' }>[] = [];
  private readonly pinned = new Map<Worker, Extract<ToWorker, { type: 'task' }>[]>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(threads: number) {
    this.threads = Math.max(1, Math.floor(threads));
    const started: Promise<void>[] = [];
    this.workers = Array.from({ length: this.threads }, () => {
      const w = new Worker(BOOTSTRAP, { workerData: { modulePath: WORKER.href } });
      started.push(
        new Promise<void>((resolve, reject) => {
          w.on('message', (m: FromWorker) => {
            if (m.type === 'ready') {
              this.idle.push(w);
              resolve();
              this.dispatch();
            } else this.settle(w, m);
          });
          w.on('error', (e) => {
            reject(e);
            this.fail(e);
          });
          w.on('exit', (code) => code !== 0 && this.fail(new Error(`solver worker stopped (exit ${code})`)));
        }),
      );
      return w;
    });
    this.ready = Promise.all(started).then(() => undefined);
    this.ready.catch(() => undefined);
  }

  /** Shares a run's problem with every worker; tasks sent after this call search it. */
  load(problem: VrptwProblem, clock: ClockKind): void {
    this.cancelFlag = new Int32Array(new SharedArrayBuffer(4));
    const msg: ToWorker = {
      type: 'problem',
      problem: sharedProblem(problem),
      clock,
      threads: this.threads,
      cancelBuffer: this.cancelFlag.buffer as SharedArrayBuffer,
    };
    for (const w of this.workers) w.postMessage(msg);
  }

  /** The pool as the search's executor. */
  readonly exec: Executor = (tasks, until) => Promise.all(tasks.map((task) => this.submit(task, until)));

  /** Every running and queued task of the current run returns what it has found so far. */
  cancel(): void {
    Atomics.store(this.cancelFlag, 0, 1);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private submit(task: SearchTask, until: number): Promise<SearchOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<SearchOutcome>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const msg: Extract<ToWorker, { type: 'task' }> = { type: 'task', id, task, until };
      if (task.worker === undefined) this.queue.push(msg);
      else {
        const w = this.workers[task.worker % this.threads]!;
        const q = this.pinned.get(w) ?? [];
        q.push(msg);
        this.pinned.set(w, q);
      }
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (let i = 0; i < this.idle.length;) {
      const w = this.idle[i]!;
      const next = this.pinned.get(w)?.shift() ?? this.queue.shift();
      if (!next) {
        i++;
        continue;
      }
      this.idle.splice(i, 1);
      w.postMessage(next);
    }
  }

  private settle(w: Worker, m: Exclude<FromWorker, { type: 'ready' }>): void {
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    this.idle.push(w);
    if (p) {
      if (m.type === 'done') p.resolve(m.outcome);
      else p.reject(new Error(m.message));
    }
    this.dispatch();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}
