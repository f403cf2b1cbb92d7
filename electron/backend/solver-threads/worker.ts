// A solver pool worker: holds the current problem (shared memory, sent once per run) and runs
// search tasks one at a time as the pool sends them, stopping early when the run is cancelled or
// its time is up.
import { parentPort, workerData } from 'node:worker_threads';
import type { VrptwProblem } from '../../../shared/solver/vrptw/problem';
import { IslandHost } from '../../../shared/solver/vrptw/islands';
import { runSearchTask, type SearchTask } from '../../../shared/solver/vrptw/search-task';
import { clockOf, type ClockKind } from './clock';

export type ToWorker =
  | { type: 'problem'; problem: VrptwProblem; clock: ClockKind; threads: number; cancelBuffer: SharedArrayBuffer }
  | { type: 'task'; id: number; task: SearchTask; until: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; outcome: import('../../../shared/solver/vrptw/search-task').SearchOutcome }
  | { type: 'error'; id: number; message: string };

let problem: VrptwProblem | null = null;
const islands = new IslandHost();
let now: () => number = clockOf('wall', 1);
let cancel = new Int32Array(new SharedArrayBuffer(4));

function send(m: FromWorker): void {
  parentPort!.postMessage(m);
}

parentPort!.on('message', (m: ToWorker) => {
  if (m.type === 'problem') {
    problem = m.problem;
    now = clockOf(m.clock, m.threads);
    cancel = new Int32Array(m.cancelBuffer);
    return;
  }
  try {
    if (!problem) throw new Error('no problem loaded in this solver worker');
    const stop = (): boolean => Atomics.load(cancel, 0) === 1 || now() >= m.until;
    const outcome = m.task.island ? islands.run(problem, m.task, now, stop) : runSearchTask(problem, m.task, now, stop);
    send({ type: 'done', id: m.id, outcome });
  } catch (err) {
    send({ type: 'error', id: m.id, message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
void workerData;
send({ type: 'ready' });
