// Islands under the wall clock: they start as one, grow to every thread when the run gets a
// core each, and stay one when the machine is too busy (islands sharing a core each get too
// little CPU to converge). The clock here counts readings, so each run is reproducible.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inProcessExecutor } from '../../../../shared/solver/vrptw/in-process';
import { solveParallel } from '../../../../shared/solver/vrptw/parallel';
import { solomonProblem } from '../../../../shared/solver/vrptw/solomon';
import { validateVrptw } from '../../../../shared/solver/validate';
import { countingClock, solvableInstance } from './vrptw-fixtures';

const customers = (routes: number[][]): number[][] => routes.filter((r) => r.length > 0).map((r) => r.map((j) => j + 1));

describe('islands on a busy machine', () => {
  /** Which islands searched in each epoch, with the cores the machine is said to give. */
  async function epochs(cores: number): Promise<string[][]> {
    const inst = fc.sample(solvableInstance(30), { seed: 11, numRuns: 1 })[0]!;
    const p = solomonProblem(inst);
    const now = countingClock();
    const inner = inProcessExecutor(p, now);
    const seen: string[][] = [];
    const res = await solveParallel(p, {
      seed: 1,
      threads: 2,
      timeLimitMs: 4000,
      now,
      exec: (tasks, until) => {
        seen.push(tasks.map((t) => t.island!));
        return inner(tasks, until);
      },
      coresObtained: () => cores,
    });
    expect(validateVrptw(inst, customers(res.routes)).errors).toEqual([]);
    return seen;
  }

  it('start as one island and grow to every thread when the run gets a core each', async () => {
    const seen = await epochs(2);
    expect(seen[0]).toEqual(['island-0']);
    for (const e of seen.slice(1)) expect(e).toEqual(['island-0', 'island-1']);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('stay one island, with all the CPU there is, when the run gets less than a core', async () => {
    const seen = await epochs(0.3);
    expect(seen.length).toBeGreaterThan(1);
    for (const e of seen) expect(e).toEqual(['island-0']);
  });
});
