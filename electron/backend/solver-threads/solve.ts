// The engine on every core: a worker pool for the run, the parallel search (islands or
// decomposition), and what the run actually got — wall time, CPU time, threads, peak memory.
import { solveParallel, type ParallelResult } from '../../../shared/solver/vrptw/parallel';
import { checkProblem, type VrptwProblem } from '../../../shared/solver/vrptw/problem';
import { clockOf, processCpuMs, type ClockKind } from './clock';
import { SolverPool } from './pool';
import os from 'node:os';

export interface ThreadedOptions {
  seed: number;
  timeLimitMs: number;
  /** Worker threads (default: the machine's cores). */
  threads?: number;
  /** 'wall' (the planner's clock, default) or 'cpu' (this process's CPU time per thread: for measuring on a busy machine). */
  clock?: ClockKind;
  /** Deterministic work budget instead of the clock (see shared/solver/vrptw/parallel.ts). */
  work?: { rounds: number; iterations: number };
  onProgress?: (p: { fraction: number; distance: number; round: number }) => void;
  /** Polled by the caller's cancel button: once true, the run stops and returns its best so far. */
  cancelled?: () => boolean;
  /** Decomposition thresholds (see parallel.ts); for tests and experiments. */
  decomposeFrom?: number;
  partSize?: number;
  /** A started pool to reuse (its threads decide the thread count); otherwise one is started and closed for this run. */
  pool?: SolverPool;
}

export interface ThreadedResult extends ParallelResult {
  threads: number;
  wallMs: number;
  /** CPU time the whole process got during the run (all threads): below threads × wallMs on a busy machine. */
  cpuMs: number;
}

export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

export async function solveWithThreads(p: VrptwProblem, opts: ThreadedOptions): Promise<ThreadedResult> {
  checkProblem(p);
  if (!(opts.timeLimitMs >= 1)) throw new Error('time limit must be at least 1 ms');
  const pool = opts.pool ?? new SolverPool(opts.threads ?? defaultThreads());
  const threads = pool.threads;
  const now = clockOf(opts.clock ?? 'wall', threads);
  // The clock starts once the threads have loaded the engine (a warm pool is ready at once).
  await pool.ready;
  pool.load(p, opts.clock ?? 'wall');
  const t0 = performance.now();
  const c0 = processCpuMs();
  // Cores the run has had since the last reading: on the wall clock, islands shrink to fit them.
  let mark = { wall: t0, cpu: c0 };
  const coresObtained = (): number => {
    const now = { wall: performance.now(), cpu: processCpuMs() };
    const cores = (now.cpu - mark.cpu) / Math.max(1, now.wall - mark.wall);
    mark = now;
    return cores;
  };
  const poll = opts.cancelled
    ? setInterval(() => {
        if (opts.cancelled!()) pool.cancel();
      }, 50)
    : null;
  try {
    const res = await solveParallel(p, {
      seed: opts.seed,
      threads,
      timeLimitMs: opts.timeLimitMs,
      now: () => (opts.cancelled?.() ? Infinity : now()),
      exec: pool.exec,
      ...(opts.work ? { work: opts.work } : {}),
      ...(opts.decomposeFrom !== undefined ? { decomposeFrom: opts.decomposeFrom } : {}),
      ...(opts.partSize !== undefined ? { partSize: opts.partSize } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      ...((opts.clock ?? 'wall') === 'wall' ? { coresObtained } : {}),
    });
    return { ...res, threads, wallMs: performance.now() - t0, cpuMs: processCpuMs() - c0 };
  } finally {
    if (poll) clearInterval(poll);
    if (!opts.pool) await pool.close();
  }
}
