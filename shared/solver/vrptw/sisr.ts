// Slack induction by string removals (SISR, Christiaens & Vanden Berghe 2020), feasible space
// only: remove a few strings of consecutive jobs from routes near a random job, put them back one
// by one at their cheapest feasible place (skipping a place now and then — "blinks"), accept by
// simulated annealing. No local search: an iteration is cheap, so there are many. Insertion only
// looks at routes holding one of the job's granular neighbours (plus one empty route), so an
// iteration costs the same at 100 jobs or 1,000.
import { insertAll } from './insertion';
import { Move } from './move';
import type { Neighbours } from './neighbours';
import type { VrptwProblem } from './problem';
import { Rng } from './rng';
import { RouteState } from './route-state';

const AVG_REMOVED = 10;
const MAX_STRING = 10;
const BLINK = 0.01;
/** Penalty per unit of time warp or excess load: far above any real cost. */
const PROHIBITIVE = 1e9;

export interface SisrOptions {
  seed: number;
  /** Starting routes by vehicle; jobs not in them are inserted first. */
  initial?: readonly (readonly number[])[];
  /** 0 at the start, 1 when the time is up. */
  progress: () => number;
  maxIterations?: number;
}

export interface SisrRun {
  routes: number[][];
  unassigned: number[];
  iterations: number;
}

export function runSisr(p: VrptwProblem, nb: Neighbours, opts: SisrOptions): SisrRun {
  const n = p.nJobs;
  const rng = new Rng(opts.seed);
  const s = new RouteState(p);
  s.setPenalties(PROHIBITIVE, PROHIBITIVE);
  const move = new Move(s);
  const maxIt = opts.maxIterations ?? Infinity;
  const routeMark = new Float64Array(p.nVehicles);
  let markToken = 0;
  const removed: number[] = [];

  /** Cheapest feasible place for j among the routes of its neighbours (and one empty route), blinking. */
  const insert = (j: number, blink: boolean): boolean => {
    markToken++;
    let best = Infinity;
    let bestRoute = -1;
    let bestAfter = -1;
    const tryRoute = (r: number): void => {
      if (routeMark[r] === markToken) return;
      routeMark[r] = markToken;
      for (let a = s.startOf(r); !s.isDepot(a) || a === s.startOf(r); a = s.next(a)) {
        if (blink && rng.next() < BLINK) continue;
        const c = move.reset().route(r).prefix(a).node(j).tail(s.next(a)).delta();
        if (c < best && move.feasible) {
          best = c;
          bestRoute = r;
          bestAfter = a;
        }
      }
    };
    for (let k = nb.start[j]!; k < nb.start[j + 1]!; k++) {
      const r = s.routeOf(nb.list[k]!);
      if (r >= 0) tryRoute(r);
    }
    if (bestRoute < 0)
      for (let r = 0; r < p.nVehicles; r++)
        if (s.size(r) === 0 && s.nodes.canServe(r, j)) {
          tryRoute(r);
          break;
        }
    if (bestRoute < 0) return false;
    move.reset().route(bestRoute).prefix(bestAfter).node(j).tail(s.next(bestAfter)).apply();
    return true;
  };

  const recreate = (jobs: number[], blink: boolean): number => {
    sortForInsertion(p, jobs, rng);
    let missing = 0;
    for (const j of jobs) if (!insert(j, blink)) missing++;
    return missing;
  };

  // Start: what is given, the rest by cheapest insertion over every route, earliest due first.
  s.load(opts.initial ?? []);
  const start: number[] = [];
  for (let j = 0; j < n; j++) if (s.routeOf(j) < 0) start.push(j);
  start.sort((a, b) => p.due[a]! - p.due[b]! || a - b);
  let curMissing = insertAll(move, start, true, true).length;
  let curCost = distanceOf(s);
  const current = s.export();
  let best = s.export();
  let bestMissing = curMissing;
  let bestCost = curCost;
  let acceptedAt = s.stamp;
  // Temperatures relative to the travel per job, so they mean the same on any scale.
  const perJob = n > 0 ? Math.max(1e-9, curCost / n) : 1;
  const t0 = 0.5 * perJob;
  const tEnd = 0.01 * perJob;
  let iterations = 0;
  const progress = (): number => Math.max(opts.progress(), maxIt === Infinity ? 0 : iterations / Math.max(1, maxIt));

  while (n > 0 && opts.progress() < 1 && iterations < maxIt) {
    iterations++;
    removed.length = 0;
    ruin(s, nb, rng, removed);
    s.removeJobs(removed);
    const missing = recreate(removed, true) + curMissing;
    const cost = distanceOf(s);
    const temp = t0 * Math.pow(tEnd / t0, Math.min(1, progress()));
    if (missing < curMissing || (missing === curMissing && cost < curCost - temp * Math.log(rng.next() + 1e-12))) {
      for (let r = 0; r < p.nVehicles; r++) if (s.changedAt(r) > acceptedAt) current[r] = s.jobsOf(r);
      acceptedAt = s.stamp;
      curMissing = missing;
      curCost = cost;
      if (missing < bestMissing || (missing === bestMissing && cost < bestCost - 1e-9)) {
        best = current.map((r) => [...r]);
        bestMissing = missing;
        bestCost = cost;
      }
    } else {
      s.restore(current, acceptedAt);
      acceptedAt = s.stamp;
    }
  }
  s.load(best);
  const unassigned: number[] = [];
  for (let j = 0; j < n; j++) if (s.routeOf(j) < 0) unassigned.push(j);
  return { routes: best, unassigned, iterations };
}

function distanceOf(s: RouteState): number {
  let d = 0;
  for (let r = 0; r < s.nRoutes; r++) d += s.distance(r);
  return d;
}

/** SISR's removal: strings (of up to MAX_STRING jobs) from a few routes next to a random job. */
function ruin(s: RouteState, nb: Neighbours, rng: Rng, out: number[]): void {
  let routed = 0;
  let used = 0;
  for (let r = 0; r < s.nRoutes; r++) {
    if (s.size(r) > 0) {
      used++;
      routed += s.size(r);
    }
  }
  if (routed === 0) return;
  const avgRoute = routed / used;
  const lMax = Math.min(MAX_STRING, avgRoute);
  const ksMax = (4 * AVG_REMOVED) / (1 + lMax) - 1;
  const strings = Math.floor(rng.next() * ksMax) + 1;
  let seed = rng.below(s.nJobs);
  for (let tries = 0; s.routeOf(seed) < 0 && tries < 10; tries++) seed = rng.below(s.nJobs);
  if (s.routeOf(seed) < 0) return;
  const done: number[] = [];
  const visit = (c: number): void => {
    const r = s.routeOf(c);
    if (r < 0 || done.includes(r) || done.length >= strings) return;
    done.push(r);
    const size = s.size(r);
    const len = 1 + rng.below(Math.max(1, Math.min(size, Math.floor(lMax))));
    // A string of `len` jobs holding c, at a random offset.
    let first = c;
    for (let k = rng.below(len); k > 0 && !s.isDepot(s.prev(first)); k--) first = s.prev(first);
    for (let j = first, k = 0; k < len && !s.isDepot(j); k++, j = s.next(j)) out.push(j);
  };
  visit(seed);
  for (let k = nb.start[seed]!; k < nb.start[seed + 1]! && done.length < strings; k++) visit(nb.list[k]!);
}

/** SISR's orders: random (weight 4), largest demand (4), farthest from the depot (2), closest (1). */
function sortForInsertion(p: VrptwProblem, jobs: number[], rng: Rng): void {
  const pick = rng.below(11);
  const depot = p.startLoc[0]!;
  const far = (j: number): number => p.dist[depot * p.nLoc + p.jobLoc[j]!]!;
  if (pick < 4) rng.shuffle(jobs);
  else if (pick < 8) jobs.sort((a, b) => p.demand[b]! - p.demand[a]! || a - b);
  else if (pick < 10) jobs.sort((a, b) => far(b) - far(a) || a - b);
  else jobs.sort((a, b) => far(a) - far(b) || a - b);
}
