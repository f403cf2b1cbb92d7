// Random small Solomon instances for property tests, as fast-check arbitraries.
import fc from 'fast-check';
import type { SolomonInstance, SolomonNode } from '../../../../shared/solver/vrptw/solomon';
import { impossibleCustomers } from '../../../../shared/solver/vrptw/solomon-check';

export const smallInstance = (maxCustomers = 12): fc.Arbitrary<SolomonInstance> =>
  fc
    .record({
      vehicles: fc.integer({ min: 1, max: 5 }),
      capacity: fc.integer({ min: 10, max: 40 }),
      horizon: fc.integer({ min: 150, max: 600 }),
      customers: fc.array(
        fc.record({
          x: fc.integer({ min: 0, max: 60 }),
          y: fc.integer({ min: 0, max: 60 }),
          demand: fc.integer({ min: 0, max: 10 }),
          ready: fc.integer({ min: 0, max: 300 }),
          width: fc.integer({ min: 0, max: 400 }),
          service: fc.integer({ min: 0, max: 20 }),
        }),
        { minLength: 1, maxLength: maxCustomers },
      ),
    })
    .map(({ vehicles, capacity, horizon, customers }) => {
      const depot: SolomonNode = { id: 0, x: 30, y: 30, demand: 0, ready: 0, due: horizon, service: 0 };
      return {
        name: 'RANDOM',
        vehicles,
        capacity,
        depot,
        customers: customers.map((c, i) => ({
          id: i + 1,
          x: c.x,
          y: c.y,
          demand: c.demand,
          ready: c.ready,
          due: c.ready + c.width,
          service: c.service,
        })),
      };
    });

/** A clock that advances one "millisecond" per reading: runs are reproducible on any machine. */
export function countingClock(): () => number {
  let t = 0;
  return () => t++;
}

/** Depot (0,0) due 100; 1 at (3,4) [0,50]; 2 at (6,8) [10,60]; 3 at (0,5) [0,90]; capacity 10, 2 vehicles. */
export const TINY = [
  'TINY',
  '',
  'VEHICLE',
  'NUMBER     CAPACITY',
  '  2         10',
  '',
  'CUSTOMER',
  'CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME',
  ' ',
  '    0      0          0          0          0        100          0',
  '    1      3          4          4          0         50          1',
  '    2      6          8          4         10         60          1',
  '    3      0          5          5          0         90          2',
].join('\r\n');

/**
 * Random instances every customer of which can be served: customers no vehicle could reach alone
 * are dropped, and there are as many vehicles as customers, so a feasible plan always exists.
 */
export const solvableInstance = (maxCustomers = 12): fc.Arbitrary<SolomonInstance> =>
  smallInstance(maxCustomers)
    .map((inst) => {
      const bad = new Set(impossibleCustomers(inst).map((m) => Number(/customer (\d+)/.exec(m)![1])));
      const kept = inst.customers.filter((c) => !bad.has(c.id)).map((c, i) => ({ ...c, id: i + 1 }));
      return { ...inst, vehicles: Math.max(inst.vehicles, kept.length), customers: kept };
    })
    .filter((inst) => inst.customers.length > 0);
