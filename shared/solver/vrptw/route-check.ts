// A plain forward simulation of one route, independent of the search's segment bookkeeping:
// used to re-check results and to test whether a starting plan is feasible as it stands.
import { vehicleRow, type VrptwProblem } from './problem';

export interface RouteFacts {
  feasible: boolean;
  distance: number;
  /** Back at the end location (departure at the earliest allowed time). */
  end: number;
}

export function simulateRoute(p: VrptwProblem, v: number, route: readonly number[]): RouteFacts {
  const m = p.nLoc;
  let at = p.startLoc[v]!;
  let t = p.departEarliest[v]!;
  let load = 0;
  let distance = 0;
  let feasible = true;
  for (const j of route) {
    const l = p.jobLoc[j]!;
    distance += p.dist[at * m + l]!;
    const k = v * p.nJobs + j;
    const row = vehicleRow(p, v) * p.nJobs + j;
    const ready = p.readyAt ? Math.max(p.ready[j]!, p.readyAt[row]!) : p.ready[j]!;
    const due = p.dueAt ? Math.min(p.due[j]!, p.dueAt[row]!) : p.due[j]!;
    t = Math.max(t + p.time[at * m + l]!, ready);
    if (t > due || (p.eligible !== undefined && !p.eligible[k])) feasible = false;
    t += p.service[j]!;
    load += p.demand[j]!;
    at = l;
  }
  const home = p.endLoc[v]!;
  distance += p.dist[at * m + home]!;
  t += p.time[at * m + home]!;
  if (t > p.returnLatest[v]! || load > p.capacity[v]!) feasible = false;
  return { feasible, distance, end: t };
}
