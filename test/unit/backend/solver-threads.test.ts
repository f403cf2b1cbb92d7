// The engine on worker threads: deterministic per seed under a work budget (the same routes for
// one thread or two, run after run), feasible under the wall clock, and a cancelled run stops at
// once with the best plan found so far.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SolverPool } from '../../../electron/backend/solver-threads/pool';
import { solveWithThreads } from '../../../electron/backend/solver-threads/solve';
import { inProcessExecutor } from '../../../shared/solver/vrptw/in-process';
import { solveParallel } from '../../../shared/solver/vrptw/parallel';
import { parseSolomon, solomonProblem } from '../../../shared/solver/vrptw/solomon';
import { validateVrptw } from '../../../shared/solver/validate';

const DATA = join(__dirname, '../../bench/vrptw/data/solomon');
const instance = (name: string) => parseSolomon(readFileSync(join(DATA, `${name}.txt`), 'utf8'));
const customers = (routes: number[][]) => routes.filter((r) => r.length > 0).map((r) => r.map((j) => j + 1));

const one = new SolverPool(1);
const two = new SolverPool(2);
afterAll(async () => {
  await one.close();
  await two.close();
});

describe('solver threads', () => {
  it('decomposition under a work budget: same seed, same routes, with one thread or two', async () => {
    const inst = instance('R101');
    const p = solomonProblem(inst);
    const opts = { seed: 7, timeLimitMs: 60_000, work: { rounds: 2, iterations: 40 }, decomposeFrom: 50, partSize: 30 };
    const a = await solveWithThreads(p, { ...opts, pool: one });
    const b = await solveWithThreads(p, { ...opts, pool: two });
    const c = await solveWithThreads(p, { ...opts, pool: two });
    expect(a.rounds).toBe(2);
    expect(b.routes).toEqual(a.routes);
    expect(c.routes).toEqual(a.routes);
    expect(validateVrptw(inst, customers(a.routes)).errors).toEqual([]);
    const other = await solveWithThreads(p, { ...opts, seed: 8, pool: two });
    expect(other.routes).not.toEqual(a.routes);
  });

  it('islands under a work budget: same seed, same routes, run after run', async () => {
    const inst = instance('RC101');
    const p = solomonProblem(inst);
    const opts = { seed: 3, timeLimitMs: 60_000, work: { rounds: 0, iterations: 30 } };
    const a = await solveWithThreads(p, { ...opts, pool: two });
    const b = await solveWithThreads(p, { ...opts, pool: two });
    expect(b.routes).toEqual(a.routes);
    expect(b.distance).toBe(a.distance);
    expect(a.threads).toBe(2);
  });

  it('islands keep their population between epochs on their own worker: the pool answers exactly as one thread in turn', async () => {
    const inst = instance('R112');
    const p = solomonProblem(inst);
    const work = { rounds: 0, iterations: 24 };
    const now = (): number => performance.now();
    const inTurn = await solveParallel(p, { seed: 5, threads: 2, timeLimitMs: 60_000, now, exec: inProcessExecutor(p, now), work });
    // Which worker comes free first varies run to run; an island sent to the other one would start afresh.
    for (let run = 0; run < 3; run++) {
      const threaded = await solveWithThreads(p, { seed: 5, timeLimitMs: 60_000, work, pool: two });
      expect(threaded.routes).toEqual(inTurn.routes);
      expect(threaded.iterations).toBe(inTurn.iterations);
    }
    expect(validateVrptw(inst, customers(inTurn.routes)).errors).toEqual([]);
  });

  it('under the wall clock: feasible, within the limit, and it reports the CPU time it got', async () => {
    const inst = instance('C201');
    const res = await solveWithThreads(solomonProblem(inst), { seed: 1, timeLimitMs: 300, pool: two });
    expect(validateVrptw(inst, customers(res.routes)).errors).toEqual([]);
    expect(res.wallMs).toBeLessThan(300 + 2000);
    expect(res.cpuMs).toBeGreaterThan(0);
  });

  it('a cancelled run stops promptly and keeps the best plan so far', async () => {
    const inst = instance('R112');
    let cancel = false;
    const started = performance.now();
    const run = solveWithThreads(solomonProblem(inst), {
      seed: 1,
      timeLimitMs: 60_000,
      pool: two,
      decomposeFrom: 50,
      partSize: 30,
      cancelled: () => cancel,
    });
    setTimeout(() => (cancel = true), 400); // the planner presses Cancel
    const res = await run;
    expect(performance.now() - started).toBeLessThan(10_000); // not the minute it was given
    expect(validateVrptw(inst, customers(res.routes)).errors).toEqual([]);
  });
});
