// Decomposition: parts cover every route and job exactly once, a part is a problem of its own
// whose routes map back one to one, and stitching improved parts back keeps every customer
// served exactly once and every route driveable (checked by the independent validator).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clustersOf, partsOf } from '../../../../shared/solver/vrptw/decompose';
import { inProcessExecutor } from '../../../../shared/solver/vrptw/in-process';
import { solveParallel, stitch } from '../../../../shared/solver/vrptw/parallel';
import { Rng } from '../../../../shared/solver/vrptw/rng';
import { runSearchTask } from '../../../../shared/solver/vrptw/search-task';
import { solomonProblem, SOLOMON_SCALE } from '../../../../shared/solver/vrptw/solomon';
import { routesFromPart, routesIntoPart, subProblem } from '../../../../shared/solver/vrptw/subproblem';
import { validateVrptw } from '../../../../shared/solver/validate';
import { countingClock, solvableInstance } from './vrptw-fixtures';

const customers = (routes: number[][]): number[][] => routes.filter((r) => r.length > 0).map((r) => r.map((j) => j + 1));
const sorted = (a: number[]): number[] => [...a].sort((x, y) => x - y);

/** A feasible starting plan (one always exists): the in-process search, briefly. */
function startPlan(inst: ReturnType<typeof solomonProblem>, seed: number): number[][] {
  const out = runSearchTask(inst, { kind: 'ils', seed, iterations: 5 }, countingClock());
  expect(out.feasible).toBe(true);
  return out.routes;
}

describe('decomposition', () => {
  it('parts hold every route and every job exactly once, and routes map into a part and back unchanged', () => {
    fc.assert(
      fc.property(
        solvableInstance(40),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 3, max: 20 }),
        fc.integer({ min: 1, max: 6 }),
        (inst, seed, target, minRoutes) => {
          const p = solomonProblem(inst);
          const routes = startPlan(p, seed);
          const parts = partsOf(p, routes, new Rng(seed), target, { minRoutes });
          const used = routes.flatMap((r, v) => (r.length > 0 ? [v] : []));
          // Every part has its minimum of routes, but for one (the last grown) that may fall short.
          const routesIn = (part: (typeof parts)[number]) => part.vehicles.filter((v) => (routes[v]?.length ?? 0) > 0).length;
          const short = parts.filter((part) => routesIn(part) < minRoutes);
          expect(short.length).toBeLessThanOrEqual(1);
          if (parts.length > 1) for (const part of short) expect(part.jobs.length).toBeGreaterThanOrEqual(target / 2);
          expect(sorted(parts.flatMap((part) => part.vehicles.filter((v) => (routes[v]?.length ?? 0) > 0)))).toEqual(used);
          expect(sorted(parts.flatMap((part) => part.jobs))).toEqual(sorted(routes.flat()));
          const vehicles = parts.flatMap((part) => part.vehicles);
          expect(new Set(vehicles).size).toBe(vehicles.length);
          const back = routes.map((r) => [...r]);
          for (const part of parts) {
            const sub = subProblem(p, part.jobs, part.vehicles);
            routesFromPart(sub, routesIntoPart(sub, routes), back);
          }
          expect(back).toEqual(routes);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('stitching improved parts back serves every customer exactly once, feasibly, never longer', () => {
    fc.assert(
      fc.property(solvableInstance(40), fc.integer({ min: 1, max: 10_000 }), (inst, seed) => {
        const p = solomonProblem(inst);
        const routes = startPlan(p, seed);
        const before = validateVrptw(inst, customers(routes));
        const parts = partsOf(p, routes, new Rng(seed), 8);
        const outs = parts.map((part, i) => {
          const sub = subProblem(p, part.jobs, part.vehicles);
          const kind = i % 2 === 0 ? 'hgs' : 'sisr';
          return runSearchTask(
            p,
            { kind, seed: seed + i, jobs: part.jobs, vehicles: part.vehicles, initial: routesIntoPart(sub, routes), iterations: 20 },
            countingClock(),
          );
        });
        const after = stitch(p, routes, parts, outs);
        const check = validateVrptw(inst, customers(after));
        expect(check.errors).toEqual([]);
        expect(sorted(after.flat())).toEqual(Array.from({ length: p.nJobs }, (_, j) => j));
        expect(check.distance).toBeLessThanOrEqual(before.distance + 1e-9);
      }),
      { numRuns: 40 },
    );
  });

  it('clusters for the construction split the customers and the fleet without overlap', () => {
    fc.assert(
      fc.property(solvableInstance(40), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 2, max: 15 }), (inst, seed, target) => {
        const p = solomonProblem(inst);
        const parts = clustersOf(p, new Rng(seed), target);
        expect(sorted(parts.flatMap((c) => c.jobs))).toEqual(Array.from({ length: p.nJobs }, (_, j) => j));
        const vehicles = parts.flatMap((c) => c.vehicles);
        expect(new Set(vehicles).size).toBe(vehicles.length);
        expect(vehicles.every((v) => v >= 0 && v < p.nVehicles)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('the decomposed search returns a validator-clean plan serving every customer once', async () => {
    await fc.assert(
      fc.asyncProperty(solvableInstance(40), fc.integer({ min: 1, max: 10_000 }), async (inst, seed) => {
        const p = solomonProblem(inst);
        const now = countingClock();
        const res = await solveParallel(p, {
          seed,
          threads: 1,
          timeLimitMs: 1,
          now,
          exec: inProcessExecutor(p, now),
          work: { rounds: 2, iterations: 10 },
          decomposeFrom: 1,
          partSize: 8,
        });
        const check = validateVrptw(inst, customers(res.routes));
        expect(res.feasible).toBe(true);
        expect(check.errors).toEqual([]);
        expect(check.distance).toBeCloseTo(res.distance / SOLOMON_SCALE, 9);
        expect(sorted(res.routes.flat())).toEqual(Array.from({ length: p.nJobs }, (_, j) => j));
      }),
      { numRuns: 30 },
    );
  });
});
