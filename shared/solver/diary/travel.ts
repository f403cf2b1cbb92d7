// One travel matrix for a whole auto-schedule run: every operative's home and every job the run
// may place or must respect, shared by every pass. At 5,000 jobs it has 27 million pairs, far
// too many to look up before the first plan (seconds of a 5 s limit), so it is filled as needed:
// from every home to every place at once (a day starts and ends at home), then each pair the
// construction tries, the pairs inside each part before the part is searched, and the pairs of
// the jobs that may move before a whole pass is searched. A pair not yet looked up holds a
// journey longer than any day (UNKNOWN_MIN): whatever reads it finds that visit impossible, so
// a search can only ever miss a move, never make a wrong one.
import type { Job, Operative } from '../../domain/types';
import type { PlanningWorld } from '../../rules/index';
import type { LatLon } from '../../travel/model';
import { travelTerm } from './objective/index';
import type { ObjectiveWeights } from './types';

/** Minutes held by a pair not looked up yet: more than any day, so never part of a feasible plan. */
export const UNKNOWN_MIN = 1e7;

export interface TravelMatrix {
  nLoc: number;
  /** Minutes between places, row-major (UNKNOWN_MIN where not looked up yet). */
  minutes: Float64Array;
  /** The travel term's price of those minutes (the same array when a minute costs 1). */
  cost: Float64Array;
  /** Place of each operative's home and of each job, by id and ref. */
  home: ReadonlyMap<string, number>;
  job: ReadonlyMap<string, number>;
  /** Looks up a → b when not known yet. */
  fill(a: number, b: number): void;
  /** Looks up every pair between `from` and `to`, both ways; `stop` (asked per place) ends it early. */
  fillBetween(from: ArrayLike<number>, to: ArrayLike<number>, stop?: () => boolean): void;
}

export function travelMatrix(
  world: PlanningWorld,
  operatives: readonly Operative[],
  jobs: Iterable<Job>,
  weights: ObjectiveWeights,
  /**
   * Called before each home's row (a clock reading keeps a run's progress live); returning true
   * stops early (the run was cancelled), leaving the rest unknown.
   */
  tick: () => boolean = () => false,
): TravelMatrix {
  const places: LatLon[] = [];
  const home = new Map<string, number>();
  const job = new Map<string, number>();
  for (const op of operatives) {
    if (home.has(op.id)) continue;
    home.set(op.id, places.length);
    places.push({ lat: op.start_lat, lon: op.start_lon });
  }
  for (const j of jobs) {
    if (job.has(j.ref)) continue;
    job.set(j.ref, places.length);
    places.push({ lat: j.lat, lon: j.lon });
  }
  if (places.length === 0) places.push({ lat: 0, lon: 0 });
  const L = places.length;
  const perMinute = travelTerm.weight(weights);
  // In shared memory where there is any: solver threads then read it without a copy (hundreds of MB at 5,000 jobs).
  const array = (): Float64Array =>
    typeof SharedArrayBuffer === 'function' ? new Float64Array(new SharedArrayBuffer(L * L * 8)) : new Float64Array(L * L);
  const minutes = array().fill(UNKNOWN_MIN);
  const cost = perMinute === 1 ? minutes : array().fill(UNKNOWN_MIN * perMinute);
  for (let a = 0; a < L; a++) minutes[a * L + a] = cost[a * L + a] = 0;
  const fill = (a: number, b: number): void => {
    const at = a * L + b;
    if (minutes[at] !== UNKNOWN_MIN) return;
    const m = world.travel.minutes(places[a]!, places[b]!);
    minutes[at] = m;
    if (cost !== minutes) cost[at] = m * perMinute;
  };
  const fillBetween = (from: ArrayLike<number>, to: ArrayLike<number>, stop?: () => boolean): void => {
    for (let i = 0; i < from.length; i++) {
      if (stop?.()) return;
      const a = from[i]!;
      for (let k = 0; k < to.length; k++) {
        const b = to[k]!;
        fill(a, b);
        fill(b, a);
      }
    }
  };
  // Every day starts and ends at home: those pairs are always needed.
  const all = Int32Array.from({ length: L }, (_, i) => i);
  fillBetween([...home.values()], all, tick);
  return { nLoc: L, minutes, cost, home, job, fill, fillBetween };
}
