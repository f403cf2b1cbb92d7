import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertAll, insertRegret } from '../../../../shared/solver/vrptw/insertion';
import type { Move } from '../../../../shared/solver/vrptw/move';
import { granularNeighbours } from '../../../../shared/solver/vrptw/neighbours';
import { LocalSearch } from '../../../../shared/solver/vrptw/local-search';
import { Rng } from '../../../../shared/solver/vrptw/rng';
import { RouteState } from '../../../../shared/solver/vrptw/route-state';
import { solomonProblem, SOLOMON_SCALE, type SolomonInstance } from '../../../../shared/solver/vrptw/solomon';
import { solveVrptw } from '../../../../shared/solver/vrptw/solve';
import { validateVrptw } from '../../../../shared/solver/validate';
import { countingClock, smallInstance } from './vrptw-fixtures';

const asCustomers = (routes: number[][]): number[][] => routes.filter((r) => r.length > 0).map((r) => r.map((j) => j + 1));

/** Independent answer to "may this one route be driven?", through the validator. */
function routeOk(inst: SolomonInstance, route: number[]): boolean {
  return !validateVrptw(inst, [route]).errors.some((e) => e.startsWith('route'));
}

describe('VRPTW engine', () => {
  it('every solution it calls feasible passes the independent validator, with the same distance', () => {
    fc.assert(
      fc.property(smallInstance(), fc.integer({ min: 1, max: 1000 }), (inst, seed) => {
        const res = solveVrptw(solomonProblem(inst), { seed, timeLimitMs: 150, now: countingClock() });
        const check = validateVrptw(inst, asCustomers(res.routes));
        if (res.feasible && res.unassigned.length === 0) {
          expect(check.errors).toEqual([]);
          expect(check.distance).toBeCloseTo(res.distance / SOLOMON_SCALE, 9);
          expect(check.vehicles).toBe(res.vehicles);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the ruin-and-recreate search (used for the diary) also returns validator-clean routes', () => {
    fc.assert(
      fc.property(smallInstance(), fc.integer({ min: 1, max: 1000 }), (inst, seed) => {
        const res = solveVrptw(solomonProblem(inst), { seed, timeLimitMs: 150, now: countingClock(), initial: [] });
        const routes = asCustomers(res.routes);
        const check = validateVrptw(inst, routes);
        // Jobs it leaves out are reported; everything it routes is driveable.
        expect(check.errors.filter((e) => e.startsWith('route') || e.includes('times'))).toEqual([]);
        expect(res.feasible).toBe(true);
        const missing = check.errors.filter((e) => e.endsWith('is not served')).length;
        expect(missing).toBe(res.unassigned.length);
        expect(check.distance).toBeCloseTo(res.distance / SOLOMON_SCALE, 9);
      }),
      { numRuns: 40 },
    );
  });

  it('is deterministic per seed (with a deterministic clock)', () => {
    fc.assert(
      fc.property(smallInstance(10), fc.integer({ min: 1, max: 1000 }), (inst, seed) => {
        const p = solomonProblem(inst);
        const a = solveVrptw(p, { seed, timeLimitMs: 120, now: countingClock() });
        const b = solveVrptw(p, { seed, timeLimitMs: 120, now: countingClock() });
        expect(b.routes).toEqual(a.routes);
        expect(b.distance).toBe(a.distance);
      }),
      { numRuns: 20 },
    );
  });

  it.each([
    ['in order', (move: Move, jobs: number[]) => insertAll(move, jobs, true)],
    ['by regret', insertRegret],
  ])('insertion %s leaves no job out that would fit somewhere, every route driveable (checked by the validator)', (_, insert) => {
    fc.assert(
      fc.property(smallInstance(), fc.integer({ min: 1, max: 1000 }), (inst, seed) => {
        const p = solomonProblem(inst);
        const ls = new LocalSearch(p, granularNeighbours(p, 10), true);
        ls.state.setPenalties(1e6, 1e6);
        const order = Array.from({ length: p.nJobs }, (_, j) => j);
        new Rng(seed).shuffle(order);
        const left = insert(ls.move, order);
        expect([...left, ...ls.state.export().flat()].sort((a, b) => a - b)).toEqual(Array.from({ length: p.nJobs }, (_, j) => j));
        const routes = ls.state.export();
        // Every placed route is feasible, every leftover fits nowhere.
        for (const r of routes)
          expect(
            routeOk(
              inst,
              r.map((j) => j + 1),
            ),
          ).toBe(true);
        for (const j of left) {
          for (const r of routes) {
            for (let at = 0; at <= r.length; at++) {
              const tried = [...r.slice(0, at), j, ...r.slice(at)].map((c) => c + 1);
              expect(routeOk(inst, tried)).toBe(false);
            }
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('regret insertion places first the job that fits only one route, where in order the easy job would take its room', () => {
    // Two routes in use (loads 4 and 6, capacity 10). Job 3 (demand 6) fits only the first; job 4
    // (demand 4) fits both and is cheaper on the first.
    const node = (id: number, x: number, demand: number): SolomonInstance['depot'] => ({
      id,
      x,
      y: 0,
      demand,
      ready: 0,
      due: 1000,
      service: 0,
    });
    const inst: SolomonInstance = {
      name: 'REGRET',
      vehicles: 2,
      capacity: 10,
      depot: node(0, 0, 0),
      customers: [node(1, 10, 4), node(2, -10, 6), node(3, 12, 6), node(4, 9, 4)],
    };
    const p = solomonProblem(inst);
    const fresh = (): LocalSearch => {
      const ls = new LocalSearch(p, granularNeighbours(p, 3), true);
      ls.state.setPenalties(1e6, 1e6);
      ls.state.load([[0], [1]]);
      return ls;
    };
    const inOrder = fresh();
    expect(insertAll(inOrder.move, [3, 2], true)).toEqual([2]);
    const byRegret = fresh();
    expect(insertRegret(byRegret.move, [3, 2])).toEqual([]);
    expect(byRegret.state.export().map((r) => [...r].sort((a, b) => a - b))).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(validateVrptw(inst, asCustomers(byRegret.state.export())).errors).toEqual([]);
  });

  it('local search keeps its segment summaries equal to a fresh recomputation', () => {
    fc.assert(
      fc.property(smallInstance(), fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.1, max: 100, noNaN: true }), (inst, seed, pen) => {
        const p = solomonProblem(inst);
        const ls = new LocalSearch(p, granularNeighbours(p, 8), true);
        ls.state.setPenalties(pen, pen);
        const rng = new Rng(seed);
        const order = Array.from({ length: p.nJobs }, (_, j) => j);
        rng.shuffle(order);
        // Deal jobs round-robin to vehicles: a messy, usually infeasible start.
        const start: number[][] = Array.from({ length: p.nVehicles }, () => []);
        order.forEach((j, i) => start[i % p.nVehicles]!.push(j));
        ls.state.load(start);
        ls.run(rng);
        const after = ls.state.export();
        const cost = ls.state.totalCost();
        const fresh = new RouteState(p);
        fresh.setPenalties(pen, pen);
        fresh.load(after);
        expect(fresh.totalCost()).toBeCloseTo(cost, 6);
        expect(after.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: p.nJobs }, (_, j) => j));
        // A local optimum is never worse than where it started.
        const initial = new RouteState(p);
        initial.setPenalties(pen, pen);
        initial.load(start);
        expect(cost).toBeLessThanOrEqual(initial.totalCost() + 1e-6);
        // Zero time warp and load excess means the validator agrees the routes are driveable.
        for (let r = 0; r < p.nVehicles; r++) {
          if (fresh.timeWarp(r) === 0 && fresh.loadExcess(r) === 0)
            expect(
              routeOk(
                inst,
                after[r]!.map((j) => j + 1),
              ),
            ).toBe(true);
          else
            expect(
              routeOk(
                inst,
                after[r]!.map((j) => j + 1),
              ),
            ).toBe(false);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('refuses a time limit below 1 ms and a problem without vehicles', () => {
    const p = solomonProblem({
      name: 'X',
      vehicles: 1,
      capacity: 10,
      depot: { id: 0, x: 0, y: 0, demand: 0, ready: 0, due: 100, service: 0 },
      customers: [],
    });
    expect(() => solveVrptw(p, { timeLimitMs: 0, now: countingClock() })).toThrow('time limit must be at least 1 ms');
    expect(() => solveVrptw({ ...p, nVehicles: 0 }, { timeLimitMs: 5, now: countingClock() })).toThrow(/no vehicles/);
    expect(solveVrptw(p, { timeLimitMs: 5, now: countingClock() })).toMatchObject({ feasible: true, vehicles: 0, distance: 0 });
  });
});
