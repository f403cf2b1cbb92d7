// Independent checker for VRPTW solutions: recomputes everything from the instance's own rows
// (not from the solver's matrices or bookkeeping), under the benchmark convention: travel time
// = Euclidean distance truncated to one decimal, early arrival waits, service starts by the
// due date, back at the depot by its due date, load within capacity, at most NUMBER vehicles,
// every customer exactly once. Works in integer tenths so the sums are exact.
import type { SolomonInstance, SolomonNode } from './vrptw/solomon';

export interface ValidationReport {
  feasible: boolean;
  /** Plain-language problems, empty when feasible. */
  errors: string[];
  /** Total distance, truncated legs summed (one decimal). */
  distance: number;
  /** Non-empty routes. */
  vehicles: number;
}

function legTenths(a: SolomonNode, b: SolomonNode): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.floor(Math.sqrt(dx * dx + dy * dy) * 10);
}

/** `routes` lists customer numbers (1..n) in visiting order, one array per vehicle. */
export function validateVrptw(inst: SolomonInstance, routes: readonly (readonly number[])[]): ValidationReport {
  const errors: string[] = [];
  const n = inst.customers.length;
  const depot = inst.depot;
  const seen = new Int32Array(n + 1);
  let total = 0;
  let vehicles = 0;
  const t10 = (v: number): number => Math.round(v * 10);
  routes.forEach((route, r) => {
    if (route.length === 0) return;
    vehicles++;
    let at = depot;
    let time = t10(depot.ready);
    let load = 0;
    for (const c of route) {
      if (!Number.isInteger(c) || c < 1 || c > n) {
        errors.push(`route ${r + 1}: ${c} is not a customer number (1..${n})`);
        continue;
      }
      seen[c]!++;
      const node = inst.customers[c - 1]!;
      const leg = legTenths(at, node);
      total += leg;
      time += leg;
      if (time < t10(node.ready)) time = t10(node.ready);
      if (time > t10(node.due)) errors.push(`route ${r + 1}: customer ${c} starts at ${time / 10}, after its due date ${node.due}`);
      time += t10(node.service);
      load += node.demand;
      at = node;
    }
    const back = legTenths(at, depot);
    total += back;
    time += back;
    if (time > t10(depot.due)) errors.push(`route ${r + 1}: back at the depot at ${time / 10}, after its due date ${depot.due}`);
    if (load > inst.capacity) errors.push(`route ${r + 1}: load ${load} exceeds capacity ${inst.capacity}`);
  });
  for (let c = 1; c <= n; c++) {
    if (seen[c] === 0) errors.push(`customer ${c} is not served`);
    else if (seen[c]! > 1) errors.push(`customer ${c} is served ${seen[c]} times`);
  }
  if (vehicles > inst.vehicles) errors.push(`${vehicles} vehicles used, only ${inst.vehicles} available`);
  return { feasible: errors.length === 0, errors, distance: total / 10, vehicles };
}
