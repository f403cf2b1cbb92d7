// One travel matrix for a whole auto-schedule run: every operative's home and every job the run
// may place or must respect, built once and shared by every pass (a 5,000-job diary has 5,200
// places: 27 million pairs, far too many to recompute per pass).
import type { Job, Operative } from '../../domain/types';
import type { PlanningWorld } from '../../rules/index';
import type { LatLon } from '../../travel/model';
import { travelTerm } from './objective/index';
import type { ObjectiveWeights } from './types';

export interface TravelMatrix {
  nLoc: number;
  /** Minutes between places, row-major. */
  minutes: Float64Array;
  /** The travel term's price of those minutes (the same array when a minute costs 1). */
  cost: Float64Array;
  /** Place of each operative's home and of each job, by id and ref. */
  home: ReadonlyMap<string, number>;
  job: ReadonlyMap<string, number>;
}

export function travelMatrix(
  world: PlanningWorld,
  operatives: readonly Operative[],
  jobs: Iterable<Job>,
  weights: ObjectiveWeights,
  /**
   * Called before each row (a clock reading keeps a run's progress live); returning true stops
   * early (the run was cancelled or is out of time), leaving the rest of the matrix unfilled.
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
  // In shared memory where there is any: solver threads then read it without a copy (hundreds of MB at 5,000 jobs).
  const minutes = typeof SharedArrayBuffer === 'function' ? new Float64Array(new SharedArrayBuffer(L * L * 8)) : new Float64Array(L * L);
  for (let a = 0; a < L; a++) {
    if (tick()) break; // a row is thousands of look-ups on a big run: a clock reading per row is nothing
    for (let b = a + 1; b < L; b++) {
      minutes[a * L + b] = world.travel.minutes(places[a]!, places[b]!);
      minutes[b * L + a] = world.travel.minutes(places[b]!, places[a]!);
    }
  }
  const perMinute = travelTerm.weight(weights);
  const cost = perMinute === 1 ? minutes : minutes.map((m) => m * perMinute);
  return { nLoc: L, minutes, cost, home, job };
}
