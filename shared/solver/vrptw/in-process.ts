// The executor without threads: tasks one after another on this thread (tests, and any caller
// that cannot start workers). Same tasks, same seeds: under a work budget it returns exactly
// what the worker pool returns.
import { IslandHost } from './islands';
import type { Executor } from './parallel';
import type { VrptwProblem } from './problem';
import { runSearchTask } from './search-task';

export function inProcessExecutor(p: VrptwProblem, now: () => number): Executor {
  const host = new IslandHost();
  return (tasks, until) =>
    Promise.resolve(
      tasks.map((t) => (t.island ? host.run(p, t, now, () => now() >= until) : runSearchTask(p, t, now, () => now() >= until))),
    );
}
