// Each local-search operator's predicted cost change must equal the cost recomputed from scratch
// after its one apply, on random routes of random instances — identical vehicles (Solomon) and
// vehicles that differ (eligibility, per-vehicle windows, assignment costs, overtime). And the
// travel bound that prunes moves must never throw away an improving one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestInsertion, type InsertionChoice } from '../../../../shared/solver/vrptw/insertion';
import { Move } from '../../../../shared/solver/vrptw/move';
import { Exchange, type NodeOperator } from '../../../../shared/solver/vrptw/operators/exchange';
import {
  exchangeTravelChanges,
  FLOORS,
  penaltyFloors,
  SWEPT,
  sweptOperators,
} from '../../../../shared/solver/vrptw/operators/exchange-sweep';
import { SwapStar } from '../../../../shared/solver/vrptw/operators/swap-star';
import { TwoOpt, TwoOptStar } from '../../../../shared/solver/vrptw/operators/two-opt';
import type { VrptwProblem } from '../../../../shared/solver/vrptw/problem';
import { Rng } from '../../../../shared/solver/vrptw/rng';
import { RouteState } from '../../../../shared/solver/vrptw/route-state';
import { solomonProblem } from '../../../../shared/solver/vrptw/solomon';
import { smallInstance } from './vrptw-fixtures';

const OPERATORS: NodeOperator[] = [
  new Exchange(1, 0),
  new Exchange(2, 0),
  new Exchange(2, 0, true),
  new Exchange(3, 0),
  new Exchange(1, 1),
  new Exchange(2, 1),
  new Exchange(2, 2),
  new Exchange(3, 1),
  new Exchange(3, 3),
  new TwoOpt(),
  new TwoOptStar(),
];

/**
 * The instance with vehicles made to differ: some jobs barred, windows narrowed, prices per
 * vehicle, overtime — per vehicle, or (odd seeds) shared by classes of vehicles.
 */
function heterogeneous(p: VrptwProblem, seed: number): VrptwProblem {
  const rng = new Rng(seed);
  const n = p.nJobs;
  const k = p.nVehicles;
  const classed = seed % 2 === 1;
  const rows = classed ? 2 : k;
  const eligible = new Uint8Array(n * k).map(() => (rng.next() < 0.85 ? 1 : 0));
  const readyAt = Float64Array.from({ length: n * rows }, (_, i) => p.ready[i % n]! + (rng.next() < 0.3 ? rng.below(400) : 0));
  const dueAt = Float64Array.from({ length: n * rows }, (_, i) => p.due[i % n]! + rng.below(800));
  const assignCost = Float64Array.from({ length: n * rows }, () => (rng.next() < 0.4 ? rng.below(50) : 0));
  const softEnd = Float64Array.from(p.returnLatest, (t) => t * 0.7);
  const vehicleClass = classed ? Int32Array.from({ length: k }, (_, v) => v % 2) : undefined;
  return { ...p, eligible, readyAt, dueAt, assignCost, softEnd, overtimeCost: 0.5, ...(vehicleClass ? { vehicleClass } : {}) };
}

/** Jobs dealt to routes at random (some left unrouted when `leaveOut`). */
function randomRoutes(p: VrptwProblem, rng: Rng): number[][] {
  const order = Array.from({ length: p.nJobs }, (_, j) => j);
  rng.shuffle(order);
  const routes: number[][] = Array.from({ length: p.nVehicles }, () => []);
  for (const j of order) routes[rng.below(p.nVehicles)]!.push(j);
  return routes;
}

function freshCost(p: VrptwProblem, routes: number[][], penLoad: number, penTw: number): number {
  const s = new RouteState(p);
  s.setPenalties(penLoad, penTw);
  s.load(routes);
  return s.totalCost();
}

const scenario = fc.record({
  inst: smallInstance(14),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  penLoad: fc.double({ min: 0.1, max: 50, noNaN: true }),
  penTw: fc.double({ min: 0.1, max: 50, noNaN: true }),
  hetero: fc.boolean(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** The scenario's problem (vehicles made to differ when `differ`), its Rng, and a route state priced with its penalties. */
function penalised(sc: Scenario, differ: boolean): { p: VrptwProblem; rng: Rng; s: RouteState } {
  const base = solomonProblem(sc.inst);
  const p = differ ? heterogeneous(base, sc.seed) : base;
  const s = new RouteState(p);
  s.setPenalties(sc.penLoad, sc.penTw);
  return { p, rng: new Rng(sc.seed), s };
}

describe.each(OPERATORS.map((op) => [op.name, op] as const))('operator %s', (_name, op) => {
  it('predicts exactly the cost change its apply makes, and prunes no improving move', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { p, rng, s } = penalised(sc, sc.hetero);
        s.load(randomRoutes(p, rng));
        const move = new Move(s);
        const nodes = p.nJobs + p.nVehicles; // jobs and (for relocations) start depots
        for (let t = 0; t < 30; t++) {
          const u = rng.below(p.nJobs);
          const w = rng.below(nodes);
          const v = w < p.nJobs ? w : s.startOf(w - p.nJobs);
          const described = op.describe(s, u, v, move);
          const evaluated = op.evaluate(s, u, v, move);
          if (!described) {
            expect(evaluated).toBe(Infinity);
            continue;
          }
          op.describe(s, u, v, move);
          const predicted = move.delta();
          if (evaluated !== Infinity) expect(evaluated).toBeCloseTo(predicted, 6);
          // Symmetric travel (Solomon): a pruned move never improves.
          else expect(predicted).toBeGreaterThan(-1e-6);
          if (predicted === Infinity) continue; // a job on a vehicle that may not serve it: never applied
          const before = s.totalCost();
          move.apply();
          const routes = s.export();
          expect(routes.flat().sort((a, b) => a - b)).toEqual(
            Array.from({ length: p.nJobs }, (_, j) => j).filter((j) => s.routeOf(j) >= 0),
          );
          const after = freshCost(p, routes, sc.penLoad, sc.penTw);
          expect(after - before).toBeCloseTo(predicted, 6);
          expect(s.totalCost()).toBeCloseTo(after, 6);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('SWAP* (route pairs)', () => {
  it('applies a route exchange only when the recomputed cost goes down', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { p, rng, s } = penalised(sc, false);
        s.load(randomRoutes(p, rng));
        const star = new SwapStar(s, new Move(s));
        for (let a = 0; a < p.nVehicles; a++) {
          for (let b = a + 1; b < p.nVehicles; b++) {
            if (s.size(a) === 0 || s.size(b) === 0) continue;
            const before = s.totalCost();
            const applied = star.run(a, b);
            const after = freshCost(p, s.export(), sc.penLoad, sc.penTw);
            expect(s.totalCost()).toBeCloseTo(after, 6);
            if (applied) expect(after).toBeLessThan(before - 1e-7);
            else expect(after).toBeCloseTo(before, 9);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('Exchange⟨N, M⟩', () => {
  it('refuses shapes it does not cover', () => {
    expect(() => new Exchange(0, 0)).toThrow(/need N ≥ 1/);
    expect(() => new Exchange(1, 2)).toThrow(/0 ≤ M ≤ N/);
  });
});

describe('the Exchange sweep (one pass for the search’s six operators)', () => {
  it('gives each operator’s travel change exactly, on routes of every shape', () => {
    const ops = sweptOperators();
    const out = new Float64Array(SWEPT);
    fc.assert(
      fc.property(scenario, ({ inst, seed, hetero }) => {
        const base = solomonProblem(inst);
        const p = hetero ? heterogeneous(base, seed) : base;
        const rng = new Rng(seed);
        const s = new RouteState(p);
        s.load(randomRoutes(p, rng));
        for (let u = 0; u < p.nJobs; u++) {
          for (let v = 0; v < p.nJobs; v++) {
            if (u === v) continue;
            exchangeTravelChanges(s, u, v, out);
            // Bit for bit: the search must take the same steps as with the operators one by one.
            ops.forEach((op, i) => expect(Object.is(out[i], op.travelChange(s, u, v)), `${op.name} (${u}, ${v})`).toBe(true));
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('penalty floors (the tighter bound for two routes of identical vehicles)', () => {
  it('never exceed the exact cost change less the travel change, so no improving move is skipped', () => {
    const ops: (Exchange | TwoOptStar)[] = [...sweptOperators(), new TwoOptStar()];
    const floors = new Float64Array(FLOORS);
    let tight = 0;
    fc.assert(
      fc.property(scenario, (sc) => {
        const { p, rng, s } = penalised(sc, false);
        s.load(randomRoutes(p, rng));
        const move = new Move(s);
        for (let u = 0; u < p.nJobs; u++) {
          for (let v = 0; v < p.nJobs; v++) {
            if (s.routeOf(u) === s.routeOf(v)) continue;
            penaltyFloors(s, u, v, floors);
            ops.forEach((op, i) => {
              if (!op.describe(s, u, v, move)) return;
              const travel = op.travelChange(s, u, v);
              const exact = move.delta();
              expect(travel + floors[i]!, `${op.name} (${u}, ${v})`).toBeLessThanOrEqual(exact + 1e-9);
              // The floor is more than "the penalties may all vanish" wherever the routes keep some.
              if (floors[i]! > -(s.surcharge(s.routeOf(u)) + s.surcharge(s.routeOf(v))) + 1e-9) tight++;
            });
          }
        }
      }),
      { numRuns: 40 },
    );
    expect(tight).toBeGreaterThan(0);
  });
});

describe('insertion pricing', () => {
  it('prices a place exactly as the described move does, and picks the place a full scan picks', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { p, rng, s } = penalised(sc, sc.hetero);
        const routes = randomRoutes(p, rng);
        const out = routes.map((r) => r.splice(0, rng.below(3))).flat(); // a few jobs unrouted
        s.load(routes);
        const move = new Move(s);
        const choice: InsertionChoice = { delta: 0, route: -1, after: -1 };
        for (const j of out) {
          for (const feasibleOnly of [false, true]) {
            let best = { delta: Infinity, route: -1, after: -1 };
            for (let r = 0; r < p.nVehicles; r++) {
              for (let at = s.startOf(r); at !== s.endOf(r); at = s.next(at)) {
                const fast = move.insertionDelta(r, at, j);
                const fastFeasible = move.feasible;
                const full = move.reset().route(r).prefix(at).node(j).tail(s.next(at)).delta();
                expect(Object.is(fast, full), `job ${j} after ${at}`).toBe(true);
                expect(fastFeasible).toBe(move.feasible);
                if (full < best.delta && (!feasibleOnly || move.feasible)) best = { delta: full, route: r, after: at };
              }
            }
            bestInsertion(move, j, feasibleOnly, choice);
            expect({ ...choice }).toEqual(best);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
