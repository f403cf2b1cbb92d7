// A large pass of the diary built in parts that can run at once (a worker each): operatives are
// grouped by where they live (all their days together), each job goes to the group of the
// nearest operative-day that may do it (a job already on a day stays with that day's group),
// and each part is constructed and improved as a problem of its own (its insertions scan a
// fraction of the routes). The parts' routes are stitched back, and the whole pass then places
// what no part could (its nearest operatives were full) and carries on improving the whole.
import type { Operative } from '../../domain/types';
import type { Part } from '../vrptw/decompose';
import { taskSeed } from '../vrptw/parallel';
import type { SearchOutcome, SearchTask } from '../vrptw/search-task';
import { simulateRoute } from '../vrptw/route-check';
import type { DiaryModel } from './build';

/** From this many jobs that may move, a pass is built in parts. */
export const PARTS_FROM = 400;
/** Jobs per part, about: small enough for fast insertions, large enough for good days. */
const JOBS_PER_PART = 600;
const MAX_PARTS = 16;

/** How many parts for a pass: at least one per thread, more on larger passes. */
export function partCount(movableJobs: number, threads: number): number {
  return Math.max(1, Math.min(MAX_PARTS, Math.max(threads, Math.ceil(movableJobs / JOBS_PER_PART))));
}

/**
 * Parts of the model: vehicles by operative group, jobs by nearest eligible operative-day.
 * `start` is the plan the parts improve (default the model's starting routes).
 */
export function diaryParts(model: DiaryModel, count: number, start: readonly (readonly number[])[] = model.initial): Part[] {
  const p = model.problem;
  const n = p.nJobs;
  const K = p.nVehicles;
  const L = p.nLoc;
  const ops = [...new Map(model.vehicles.map((v) => [v.operative.id, v.operative])).values()];
  const groupOf = new Map<string, number>();
  bisect(ops, Math.min(count, ops.length)).forEach((g, i) => g.forEach((o) => groupOf.set(o.id, i)));
  const vehicleGroup = Int32Array.from(model.vehicles, (v) => groupOf.get(v.operative.id)!);
  const parts: Part[] = Array.from({ length: Math.max(1, ...vehicleGroup) + 1 }, () => ({ vehicles: [], jobs: [] }));
  for (let k = 0; k < K; k++) parts[vehicleGroup[k]!]!.vehicles.push(k);
  // A job already on a day (fixed, or movable where it stands) stays with that day's part.
  const onVehicle = new Int32Array(n).fill(-1);
  start.forEach((route, k) => route.forEach((j) => (onVehicle[j] = k)));
  for (let j = 0; j < n; j++) {
    let k = onVehicle[j]!;
    if (k < 0) {
      let best = Infinity;
      for (let v = 0; v < K; v++) {
        if (p.eligible && !p.eligible[v * n + j]) continue;
        const d = p.time[p.startLoc[v]! * L + p.jobLoc[j]!]!;
        if (d < best) {
          best = d;
          k = v;
        }
      }
    }
    if (k >= 0) parts[vehicleGroup[k]!]!.jobs.push(j);
  }
  return parts.filter((part) => part.vehicles.length > 0);
}

/** Operatives split in halves along the longer side of their homes' extent, until `count` groups. */
function bisect(ops: Operative[], count: number): Operative[][] {
  if (count <= 1 || ops.length <= 1) return [ops];
  const lats = ops.map((o) => o.start_lat);
  const lons = ops.map((o) => o.start_lon);
  const byLat = Math.max(...lats) - Math.min(...lats) >= (Math.max(...lons) - Math.min(...lons)) * Math.cos((lats[0]! * Math.PI) / 180);
  const sorted = [...ops].sort((a, b) => (byLat ? a.start_lat - b.start_lat : a.start_lon - b.start_lon) || a.id.localeCompare(b.id));
  const left = Math.floor(count / 2);
  const cut = Math.round((sorted.length * left) / count);
  return [...bisect(sorted.slice(0, cut), left), ...bisect(sorted.slice(cut), count - left)];
}

/** One ruin-and-recreate task per part from `start` (jobs may stay out: the whole pass places them after). */
export function partTasks(
  model: DiaryModel,
  parts: readonly Part[],
  seed: number,
  start: readonly (readonly number[])[] = model.initial,
): SearchTask[] {
  return parts.map((part, i) => {
    const local = new Map<number, number>();
    part.jobs.forEach((j, at) => local.set(j, at));
    return {
      kind: 'ils',
      seed: taskSeed(seed, 0, i),
      jobs: part.jobs,
      vehicles: part.vehicles,
      optional: true,
      initial: part.vehicles.map((v) => (start[v] ?? []).map((j) => local.get(j)!)),
      order: model.order.filter((j) => local.has(j)).map((j) => local.get(j)!),
      locked: part.jobs.flatMap((j, at) => (model.locked[j] ? [at] : [])),
    };
  });
}

/**
 * The parts' routes written over their vehicles in a copy of the starting routes `start`. A part
 * keeps its starting routes when one of its new days breaks its windows or hours (a day left
 * as it stood may already: fixed visits that break a rule are not the parts' doing), lost a
 * fixed visit, or placed fewer jobs than it started with.
 */
export function stitchParts(
  model: DiaryModel,
  parts: readonly Part[],
  outs: readonly SearchOutcome[],
  start: readonly (readonly number[])[] = model.initial,
): number[][] {
  const p = model.problem;
  const routes = start.map((r) => [...r]);
  const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((j, i) => j === b[i]);
  parts.forEach((part, i) => {
    const out = outs[i];
    if (!out) return;
    const mine = part.vehicles.map((_, vi) => (out.routes[vi] ?? []).map((j) => part.jobs[j]!));
    const count = (rs: readonly (readonly number[])[]): number => rs.reduce((c, r) => c + r.length, 0);
    if (count(mine) < count(part.vehicles.map((v) => start[v] ?? []))) return;
    const sound = part.vehicles.every((v, vi) => {
      const route = mine[vi]!;
      const before = start[v] ?? [];
      if (same(route, before)) return true;
      const now = new Set(route);
      return before.every((j) => !model.locked[j] || now.has(j)) && (route.length === 0 || simulateRoute(p, v, route).feasible);
    });
    if (!sound) return;
    part.vehicles.forEach((v, vi) => (routes[v] = mine[vi]!));
  });
  return routes;
}
