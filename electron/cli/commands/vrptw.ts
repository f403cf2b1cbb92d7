// `vrptw FILE.txt`: solves a Solomon-format VRPTW instance with the scheduling engine on
// `--threads N` worker threads (default: every core) and prints the routes (customer numbers),
// the total distance under the benchmark convention (legs truncated to one decimal) and the time
// taken.
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from '../cli-error';
import { parseFlags } from '../args';
import { seedNumber } from '../front-door';
import { parseSolomon, solomonProblem, SolomonParseError, type SolomonInstance } from '../../../shared/solver/vrptw/solomon';
import { impossibleCustomers } from '../../../shared/solver/vrptw/solomon-check';
import { validateVrptw } from '../../../shared/solver/validate';
import { defaultThreads, solveWithThreads } from '../../backend/solver-threads/solve';

const MAX_TIME_LIMIT_MS = 24 * 3600 * 1000;
const MAX_THREADS = 64;

function threadCount(value: string | boolean | undefined): number {
  if (value === undefined) return defaultThreads();
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 1 || n > MAX_THREADS)
    throw new CliError(`vrptw: --threads must be a whole number from 1 to ${MAX_THREADS} (got "${String(value)}")`);
  return n;
}

function timeLimit(value: string | boolean | undefined): number {
  if (value === undefined) return 1000;
  const n = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n))
    throw new CliError(`vrptw: --time-limit-ms must be a number of milliseconds (got "${String(value)}")`);
  if (n < 1) throw new CliError('vrptw: time limit must be at least 1 ms');
  if (n > MAX_TIME_LIMIT_MS) throw new CliError(`vrptw: time limit must be at most ${MAX_TIME_LIMIT_MS} ms (24 h)`);
  return Math.floor(n);
}

function readInstance(file: string): SolomonInstance {
  if (!fs.existsSync(file)) throw new CliError(`vrptw: file ${file} not found`);
  let inst: SolomonInstance;
  try {
    inst = parseSolomon(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof SolomonParseError) throw new CliError(`vrptw: ${path.basename(file)}: ${e.message}`);
    throw e;
  }
  if (inst.customers.length === 0) throw new CliError(`vrptw: ${path.basename(file)} has no customers to route (only the depot row)`);
  const impossible = impossibleCustomers(inst);
  if (impossible.length > 0) {
    const more = impossible.length > 5 ? `\n… and ${impossible.length - 5} more` : '';
    throw new CliError(`vrptw: ${path.basename(file)} has no feasible solution:\n${impossible.slice(0, 5).join('\n')}${more}`);
  }
  return inst;
}

export async function vrptwCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, positionals } = parseFlags(
    argv,
    { 'time-limit-ms': { type: 'string' }, seed: { type: 'string' }, threads: { type: 'string' }, json: { type: 'boolean' } },
    'vrptw',
  );
  if (positionals.length !== 1) throw new CliError(`vrptw: give exactly one instance file (got ${positionals.length})`);
  const limit = timeLimit(values['time-limit-ms']);
  const seed = seedNumber(values.seed);
  const threads = threadCount(values.threads);
  const inst = readInstance(positionals[0]!);

  const t0 = performance.now();
  const res = await solveWithThreads(solomonProblem(inst), { seed, timeLimitMs: limit, threads });
  const ms = Math.round(performance.now() - t0);
  const routes = res.routes.filter((r) => r.length > 0).map((r) => r.map((j) => j + 1));
  // The engine's answer is re-checked from the file's own numbers before it is printed.
  const check = validateVrptw(inst, routes);
  if (!res.feasible || !check.feasible) {
    const why = check.errors.slice(0, 3).join('; ');
    throw new CliError(
      `vrptw: no feasible solution found for ${inst.name} within ${limit} ms with ${inst.vehicles} vehicles${why ? ` (${why})` : ''}`,
      1,
    );
  }
  if (values.json) {
    out(JSON.stringify({ instance: inst.name, routes, distance: check.distance, vehicles: check.vehicles, ms, threads }));
    return;
  }
  out(
    `${inst.name}: ${check.vehicles} routes, distance ${check.distance.toFixed(1)}, ${ms} ms (seed ${seed}, limit ${limit} ms, ${threads} thread${threads === 1 ? '' : 's'})`,
  );
  routes.forEach((r, i) => out(`Route ${i + 1}: ${r.join(' ')}`));
}
