// Islands that live on between epochs: a worker keeps each island's HGS (population, penalties)
// under its name, so an epoch continues where the last one stopped, after taking in the other
// islands' best solutions (migration). The executor sends an island's epochs to the same worker.
import { DEFAULT_HGS, Hgs } from './hgs';
import { granularNeighbours, neighbourCount } from './neighbours';
import type { VrptwProblem } from './problem';
import { measure, type SearchOutcome, type SearchTask } from './search-task';

export class IslandHost {
  private readonly islands = new Map<string, Hgs>();
  private problem: VrptwProblem | null = null;

  /** Runs one epoch of the task's island (made on its first epoch), after its migrants. */
  run(p: VrptwProblem, task: SearchTask, now: () => number, stop: () => boolean): SearchOutcome {
    if (p !== this.problem) {
      this.islands.clear();
      this.problem = p;
    }
    const key = task.island!;
    let hgs = this.islands.get(key);
    if (!hgs) {
      const params = task.largePopulation ? { ...DEFAULT_HGS, mu: 25, lambda: 40 } : DEFAULT_HGS;
      hgs = new Hgs(p, granularNeighbours(p, neighbourCount(p)), { seed: task.seed, params });
      this.islands.set(key, hgs);
    }
    for (const routes of task.migrants ?? []) hgs.inject(routes);
    const t0 = now();
    const timeMs = task.timeMs ?? Infinity;
    const before = hgs.iterations;
    hgs.run(() => stop() || (timeMs !== Infinity && now() - t0 >= timeMs), task.iterations ?? Infinity);
    const routes = hgs.best ? hgs.best.routes.map((r) => Array.from(r)) : [];
    return { ...measure(p, routes), routes, iterations: hgs.iterations - before };
  }
}
