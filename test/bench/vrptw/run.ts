// `npm run bench:vrptw [-- --set solomon|gh200|gh1000] [--time-limit-ms N[,N…]] [--only C101,R112] [--seed S] [--clock cpu]`:
// solves the instances in data/<set>/ one after another in this process (one core), checks
// every solution with the independent validator and prints routes, distance, BKS, gap and time.
// Numbers, not a test. `--clock cpu` gives the solver this process's CPU time as its clock, so a
// busy machine (other processes on the core) does not eat the budget; wall time is printed too.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseSolomon, solomonProblem, SOLOMON_SCALE } from '../../../shared/solver/vrptw/solomon';
import { solveVrptw } from '../../../shared/solver/vrptw/solve';
import { validateVrptw } from '../../../shared/solver/validate';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), 'data');
const { values } = parseArgs({
  options: {
    set: { type: 'string' },
    'time-limit-ms': { type: 'string' },
    only: { type: 'string' },
    seed: { type: 'string' },
    clock: { type: 'string' },
  },
});
const limits = values['time-limit-ms'] ? values['time-limit-ms'].split(',').map(Number) : [1000, 10000];
const seed = values.seed ? Number(values.seed) : 1;
const only = values.only ? new Set(values.only.split(',').map((s) => s.toUpperCase())) : null;
const cpuClock = values.clock === 'cpu';
if (values.clock !== undefined && !['cpu', 'wall'].includes(values.clock)) throw new Error('--clock must be cpu or wall');
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const clock = cpuClock ? cpuMs : () => performance.now();

const bks = new Map<string, { routes: number; distance: number }>();
for (const line of readFileSync(join(dataDir, 'BKS.tsv'), 'utf8').split(/\r?\n/).slice(1)) {
  const [name, routes, distance] = line.split('\t');
  if (name) bks.set(name, { routes: Number(routes), distance: Number(distance) });
}
const setDir = join(dataDir, values.set ?? 'solomon');
const files = readdirSync(setDir)
  .filter((f) => f.endsWith('.txt'))
  .filter((f) => !only || only.has(f.replace(/\.txt$/, '').toUpperCase()))
  .sort();

const pad = (s: string | number, w: number): string => String(s).padStart(w);
for (const limit of limits) {
  console.log(`\nTime limit ${limit} ms per instance (${cpuClock ? 'CPU' : 'wall'} clock), seed ${seed}`);
  console.log(
    `${'instance'.padEnd(9)}${pad('routes', 7)}${pad('distance', 10)}${pad('BKS r', 7)}${pad('BKS', 9)}${pad('gap %', 8)}${pad('ms', 7)}${pad('cpu ms', 8)}  feasible`,
  );
  const gaps: number[] = [];
  let allFeasible = true;
  for (const file of files) {
    const inst = parseSolomon(readFileSync(join(setDir, file), 'utf8'));
    const t0 = performance.now();
    const c0 = cpuMs();
    const res = solveVrptw(solomonProblem(inst), { seed, timeLimitMs: limit, now: clock });
    const ms = Math.round(performance.now() - t0);
    const cpu = Math.round(cpuMs() - c0);
    const routes = res.routes.filter((r) => r.length > 0).map((r) => r.map((j) => j + 1));
    const check = validateVrptw(inst, res.unassigned.length ? [...routes, []] : routes);
    const ok = check.feasible && res.unassigned.length === 0;
    allFeasible &&= ok;
    const ref = bks.get(inst.name);
    const gap = ref ? (100 * (check.distance - ref.distance)) / ref.distance : NaN;
    if (ref) gaps.push(gap);
    console.log(
      `${inst.name.padEnd(9)}${pad(check.vehicles, 7)}${pad(check.distance.toFixed(1), 10)}${pad(ref?.routes ?? '-', 7)}${pad(ref?.distance.toFixed(1) ?? '-', 9)}` +
        `${pad(Number.isNaN(gap) ? '-' : gap.toFixed(2), 8)}${pad(ms, 7)}${pad(cpu, 8)}  ${ok ? 'yes' : `NO: ${check.errors.slice(0, 2).join('; ')}`}` +
        (Math.abs(check.distance - res.distance / SOLOMON_SCALE) > 1e-6 ? '  (solver distance disagrees!)' : ''),
    );
  }
  const mean = gaps.reduce((a, b) => a + b, 0) / (gaps.length || 1);
  console.log(`mean gap ${mean.toFixed(2)}% over ${gaps.length} instances; all feasible: ${allFeasible ? 'yes' : 'NO'}`);
}
