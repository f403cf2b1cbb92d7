// `npm run bench:vrptw [-- --set solomon,gh200,gh1000] [--time-limit-ms N[,N…]] [--threads N]
//   [--clock wall|cpu] [--only C101,r1_10_2] [--seed S]`
// Solves the benchmark instances (data/<set>/) one after another with the multi-threaded engine
// (the same path as the `vrptw` CLI command), checks every solution with the independent
// validator, and prints per instance: routes, distance, best known, gap, wall time, the CPU time
// the run actually got, threads, and the process's peak memory; the load average is printed
// beside each table. Default time limits: 1 s for Solomon (100 customers), 2 s for the
// 200-customer set, 10 s and 60 s for the 1,000-customer set. Numbers, not a test.
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SolverPool } from '../../../electron/backend/solver-threads/pool';
import { defaultThreads, solveWithThreads } from '../../../electron/backend/solver-threads/solve';
import { parseSolomon, solomonProblem } from '../../../shared/solver/vrptw/solomon';
import { validateVrptw } from '../../../shared/solver/validate';
import { badArgs, benchFlags, wholeFlag, wholeListFlag } from './args';

const SETS: Record<string, number[]> = { solomon: [1000], gh200: [2000], gh1000: [10_000, 60_000] };
const dataDir = join(dirname(fileURLToPath(import.meta.url)), 'data');
const values = benchFlags({
  set: { type: 'string' },
  'time-limit-ms': { type: 'string' },
  threads: { type: 'string' },
  only: { type: 'string' },
  seed: { type: 'string' },
  clock: { type: 'string' },
});
const sets = (values.set ?? 'solomon,gh200').split(',');
for (const s of sets) if (!SETS[s]) badArgs(`--set must be among ${Object.keys(SETS).join(', ')} (got "${s}")`);
const clock = (values.clock ?? 'wall') as 'wall' | 'cpu';
if (!['cpu', 'wall'].includes(clock)) badArgs(`--clock must be cpu or wall (got "${clock}")`);
const threads = wholeFlag('threads', values.threads, defaultThreads(), 1, 64);
const seed = wholeFlag('seed', values.seed, 1, 0, 2 ** 32 - 1);
const limitsGiven = values['time-limit-ms'] ? wholeListFlag('time-limit-ms', values['time-limit-ms'], 1, 3_600_000) : null;
const only = values.only ? new Set(values.only.split(',').map((s) => s.toLowerCase())) : null;
const filesOf = (set: string): string[] =>
  readdirSync(join(dataDir, set))
    .filter((f) => f.endsWith('.txt') && (!only || only.has(f.replace(/\.txt$/, '').toLowerCase())))
    .sort();
if (only) {
  const known = new Set(sets.flatMap((s) => filesOf(s)).map((f) => f.replace(/\.txt$/, '').toLowerCase()));
  const unknown = [...only].filter((name) => !known.has(name));
  if (unknown.length > 0) badArgs(`--only names instances not in --set ${sets.join(',')}: ${unknown.join(', ')}`);
}

const bks = new Map<string, { routes: number; distance: number }>();
for (const line of readFileSync(join(dataDir, 'BKS.tsv'), 'utf8').split(/\r?\n/).slice(1)) {
  const [name, routes, distance] = line.split('\t');
  if (name) bks.set(name, { routes: Number(routes), distance: Number(distance) });
}

const pad = (s: string | number, w: number): string => String(s).padStart(w);
const load = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

// One warm pool for every instance: times are the search's, not the threads' start-up.
const pool = new SolverPool(threads);
for (const set of sets) {
  const files = filesOf(set);
  if (files.length === 0) continue;
  const limits = limitsGiven ?? SETS[set]!;
  for (const limit of limits) {
    console.log(`\n${set}: ${limit} ms per instance (${clock} clock), ${threads} thread(s), seed ${seed}; load average ${load()}`);
    console.log(
      `${'instance'.padEnd(10)}${pad('routes', 7)}${pad('distance', 10)}${pad('BKS r', 6)}${pad('BKS', 9)}${pad('gap %', 7)}` +
        `${pad('wall ms', 8)}${pad('cpu ms', 8)}${pad('thr', 4)}${pad('rounds', 7)}${pad('peak MB', 8)}  feasible`,
    );
    const gaps: number[] = [];
    let allFeasible = true;
    for (const file of files) {
      const inst = parseSolomon(readFileSync(join(dataDir, set, file), 'utf8'));
      const res = await solveWithThreads(solomonProblem(inst), { seed, timeLimitMs: limit, clock, pool });
      const routes = res.routes.filter((r) => r.length > 0).map((r) => r.map((j) => j + 1));
      const check = validateVrptw(inst, routes);
      allFeasible &&= check.feasible;
      const ref = bks.get(inst.name);
      const gap = ref ? (100 * (check.distance - ref.distance)) / ref.distance : NaN;
      if (ref) gaps.push(gap);
      console.log(
        `${inst.name.padEnd(10)}${pad(check.vehicles, 7)}${pad(check.distance.toFixed(1), 10)}${pad(ref && Number.isFinite(ref.routes) ? ref.routes : '-', 6)}` +
          `${pad(ref?.distance.toFixed(1) ?? '-', 9)}${pad(Number.isNaN(gap) ? '-' : gap.toFixed(2), 7)}${pad(Math.round(res.wallMs), 8)}` +
          `${pad(Math.round(res.cpuMs), 8)}${pad(res.threads, 4)}${pad(res.rounds, 7)}${pad(peakMb(), 8)}  ` +
          (check.feasible ? 'yes' : `NO: ${check.errors.slice(0, 2).join('; ')}`),
      );
    }
    const mean = gaps.reduce((a, b) => a + b, 0) / (gaps.length || 1);
    const worst = Math.max(...gaps);
    console.log(
      `mean gap ${mean.toFixed(2)}% (worst ${worst.toFixed(2)}%) over ${gaps.length} instances; all feasible: ${allFeasible ? 'yes' : 'NO'}; load average ${load()}`,
    );
  }
}
await pool.close();
