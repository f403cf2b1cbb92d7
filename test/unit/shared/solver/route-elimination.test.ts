import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertAll } from '../../../../shared/solver/vrptw/insertion';
import { LocalSearch } from '../../../../shared/solver/vrptw/local-search';
import { granularNeighbours } from '../../../../shared/solver/vrptw/neighbours';
import { Rng } from '../../../../shared/solver/vrptw/rng';
import { eliminateRoute, pickVictim } from '../../../../shared/solver/vrptw/route-elimination';
import { solomonProblem, type SolomonInstance } from '../../../../shared/solver/vrptw/solomon';
import { validateVrptw } from '../../../../shared/solver/validate';
import { smallInstance } from './vrptw-fixtures';

const nonEmpty = (routes: number[][]): number => routes.filter((r) => r.length > 0).length;

/** A feasible start with at least two routes: one job per vehicle first, the rest by cheapest insertion. */
function spreadStart(inst: SolomonInstance, seed: number): { ls: LocalSearch; routes: number[][] } {
  const p = solomonProblem(inst);
  const ls = new LocalSearch(p, granularNeighbours(p, 8), true, false);
  ls.state.setPenalties(1e6, 1e6);
  const order = Array.from({ length: p.nJobs }, (_, j) => j);
  new Rng(seed).shuffle(order);
  insertAll(ls.move, order, true);
  return { ls, routes: ls.state.export() };
}

describe('route elimination', () => {
  it('serves every job exactly once on at least one route fewer, and never opens a route', () => {
    fc.assert(
      fc.property(smallInstance(14), fc.integer({ min: 1, max: 1000 }), (inst, seed) => {
        const { ls, routes } = spreadStart(inst, seed);
        fc.pre(nonEmpty(routes) >= 2);
        const rng = new Rng(seed);
        const victim = pickVictim(routes, rng);
        expect(routes[victim]!.length).toBeGreaterThan(0);
        eliminateRoute(ls, routes, victim, rng, 1, 1, () => false);
        const after = ls.state.export();
        expect(nonEmpty(after)).toBeLessThanOrEqual(nonEmpty(routes) - 1);
        expect(after.flat().sort((a, b) => a - b)).toEqual(routes.flat().sort((a, b) => a - b));
        // The search state's own account of feasibility agrees with the independent validator.
        const check = validateVrptw(
          inst,
          after.filter((r) => r.length > 0).map((r) => r.map((j) => j + 1)),
        );
        let broken = 0;
        for (let r = 0; r < ls.state.nRoutes; r++) broken += ls.state.timeWarp(r) + ls.state.loadExcess(r);
        expect(check.errors.some((e) => e.startsWith('route'))).toBe(broken > 1e-9);
      }),
      { numRuns: 80 },
    );
  });

  it('merges two routes when one vehicle can serve everything', () => {
    // Wide windows, ample capacity: the second route is never needed.
    const depot = { id: 0, x: 0, y: 0, demand: 0, ready: 0, due: 10_000, service: 0 };
    const customers = Array.from({ length: 8 }, (_, i) => ({
      id: i + 1,
      x: 10 + i,
      y: i % 3,
      demand: 1,
      ready: 0,
      due: 9_000,
      service: 5,
    }));
    const inst: SolomonInstance = { name: 'WIDE', vehicles: 3, capacity: 100, depot, customers };
    const p = solomonProblem(inst);
    const ls = new LocalSearch(p, granularNeighbours(p, 7), true, false);
    const start = [[0, 1, 2, 3], [4, 5, 6, 7], []];
    eliminateRoute(ls, start, 1, new Rng(3), 1, 1, () => false);
    const after = ls.state.export();
    expect(nonEmpty(after)).toBe(1);
    expect(
      validateVrptw(
        inst,
        after.filter((r) => r.length > 0).map((r) => r.map((j) => j + 1)),
      ).feasible,
    ).toBe(true);
  });
});
