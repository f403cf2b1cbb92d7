// Benchmark: auto-schedule a realistic diary (default: 200 operatives, 5,000 jobs, 10 days from
// Mon 4 Jan 2027, all unscheduled; trades and skills, appointment windows, dependency chains,
// rosters with absences) exactly as the app does (schedule/start-run: the scheduler worker, its
// solver threads, the preview), progress shown. Wall time is from pressing Run to the preview
// being ready, printed beside the time limit it must keep.
// Prints hard violations (must be 0), the placed share beside an upper bound on what any plan
// could place (capacity per trade against demand), SLA breaches, travel, time (target < 30 s at
// this size), the CPU time obtained, peak memory and the load average.
// The first complete plan is always finished, so a run may end past its limit: the overrun is
// printed (from Run to preview), with the CPU time the run got and the machine's load average.
// Run: npm run bench:schedule [-- --operatives N --jobs N --days N --time-limit-ms N | --limit S --seed S
//   --cancel-after-ms N (press Cancel after N ms: how soon it stops, and the plan it keeps)
//   --threads N (solver threads; default the machine's cores, 1 = the scheduler's thread alone)
//   --runs N (runs one after another in this process: the first cold, the rest warm)]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays } from '../../../shared/calendar/dates';
import { PlanIndex } from '../../../shared/rules/index';
import { generateSeed } from '../../../shared/seed/generate';
import { placementBound, type PlacementBound } from '../../../shared/solver/diary/index';
import { writeSeed } from '../../../electron/backend/seed/write-seed';
import { openWorkspace } from '../../../electron/backend/workspace';
import { kpisOf } from '../../../electron/backend/scheduling/kpis';
import { cancelRun, runView, startRun } from '../../../electron/backend/scheduling/runs';
import { scheduleTaskInput, worldFromTaskInput } from '../../../electron/backend/scheduling/task-input';
import { badArgs, benchFlags, wholeFlag } from '../vrptw/args';

const values = benchFlags({
  'time-limit-ms': { type: 'string' },
  limit: { type: 'string' },
  seed: { type: 'string' },
  operatives: { type: 'string' },
  jobs: { type: 'string' },
  days: { type: 'string' },
  'cancel-after-ms': { type: 'string' },
  threads: { type: 'string' },
  runs: { type: 'string' },
});
// Bounds: the contract's time limit (schedule/start-run), the scheduler's 31-day range.
if (values.limit !== undefined && values['time-limit-ms'] !== undefined) badArgs('give --limit (seconds) or --time-limit-ms, not both');
const limit =
  values.limit !== undefined
    ? 1000 * wholeFlag('limit', values.limit, 5, 1, 600)
    : wholeFlag('time-limit-ms', values['time-limit-ms'], 5000, 1, 600_000);
const seed = wholeFlag('seed', values.seed, 1, 0, 2 ** 32 - 1);
const nOps = wholeFlag('operatives', values.operatives, 200, 1, 5000);
const nJobs = wholeFlag('jobs', values.jobs, 5000, 1, 20_000);
const nDays = wholeFlag('days', values.days, 10, 1, 31);
const cancelAfter = values['cancel-after-ms'] === undefined ? null : wholeFlag('cancel-after-ms', values['cancel-after-ms'], 0, 0, 600_000);
const runs = wholeFlag('runs', values.runs, 1, 1, 20);
const threads = values.threads === undefined ? undefined : wholeFlag('threads', values.threads, 1, 1, 64);
const from = '2027-01-04';
const to = addDays(from, nDays - 1);
const load = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-schedule-'));
const ws = await openWorkspace(path.join(dir, 'w.db'), { backup: false });
writeSeed(ws.store, generateSeed({ operatives: nOps, jobs: nJobs, days: nDays, start: from, scheduled: 0, seed }), 'seed');
const input = scheduleTaskInput(ws.store, { from, to, timeLimitMs: limit, seed });
console.log(
  `diary: ${nOps} operatives, ${nJobs} jobs, ${nDays} days (${from} to ${to}), seed ${seed}, time limit ${limit} ms; load average ${load()}`,
);

// Worked out after the first run finishes, so the cold run starts with nothing of the rules loaded.
let known: PlacementBound | null = null;
const boundOf = (): PlacementBound => {
  const world = worldFromTaskInput(input);
  known ??= placementBound(
    new PlanIndex(world, input.diary),
    input.scopeJobs.map((ref) => world.jobs.get(ref)!),
    input.scopeOperatives.map((id) => world.operatives.get(id)!),
    input.dates,
  );
  return known;
};
const share = (k: number): string => `${((100 * k) / input.scopeJobs.length).toFixed(1)}%`;

/** One run from Run to preview; the first of a process is cold (nothing loaded or compiled yet), the next warm. */
async function once(label: string): Promise<void> {
  console.log(`--- run ${label}; load average ${load()}`);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let lastShown = -1;
  const started = startRun(ws.store, { from, to, timeLimitMs: limit, seed, threads });
  let cancelledAt: number | null = null;
  // Poll as the app's progress bar does (a benchmark, not a test: no result is awaited on a timer).
  while (runView(started).state === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    const pct = Math.floor(runView(started).progress * 10) * 10;
    if (pct !== lastShown) process.stdout.write(`${pct}% `);
    lastShown = pct;
    // The planner pressing Cancel: the run must stop soon after and keep the best plan so far.
    if (cancelAfter !== null && cancelledAt === null && performance.now() - t0 >= cancelAfter) {
      cancelledAt = performance.now() - t0;
      cancelRun(ws.store, started.id);
    }
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  process.stdout.write('\n');
  if (started.state === 'failed') throw new Error(`the run failed: ${started.error}`);
  const result = started.result!;

  const bound = boundOf();
  const after = kpisOf(input, result.diary);
  const hard = result.check.problems.length;
  console.log(
    `wall time          ${(ms / 1000).toFixed(2)} s from Run to preview, time limit ${(limit / 1000).toFixed(2)} s ` +
      `(${ms <= limit ? 'kept' : `over by ${((ms - limit) / 1000).toFixed(2)} s`}); CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (all threads)`,
  );
  console.log(
    `overrun            ${(started.preview!.overrunMs / 1000).toFixed(2)} s reported to the planner (the scheduler's own: ${(result.overrunMs / 1000).toFixed(2)} s)`,
  );
  if (cancelledAt !== null)
    console.log(`cancelled at       ${(cancelledAt / 1000).toFixed(2)} s, stopped ${((ms - cancelledAt) / 1000).toFixed(2)} s later`);
  console.log(
    `hard violations    ${hard}   (rule check of every placement: ${result.check.ok ? 'ok' : result.check.problems.slice(0, 3).join('; ')})`,
  );
  console.log(`placed             ${result.placed.length} / ${input.scopeJobs.length} (${share(result.placed.length)})`);
  console.log(`upper bound        ${bound.bound} (${share(bound.bound)}): no plan can place more (capacity per trade against demand)`);
  for (const t of bound.byTrade) {
    console.log(
      `  ${t.trade.padEnd(6)} ${String(t.jobs).padStart(5)} jobs, ${String(t.allowed).padStart(5)} allowed somewhere, ` +
        `demand ${Math.round(t.demandMin / 60)} h vs capacity ${Math.round(t.capacityMin / 60)} h → at most ${t.fit}`,
    );
  }
  console.log(`still unplaced     ${result.unplaced.length}`);
  console.log(`SLA breaches       ${after.slaBreachesTotal} ${JSON.stringify(after.slaBreaches)}`);
  console.log(
    `travel             ${after.travelHours} h   utilisation ${(after.utilisation * 100).toFixed(0)}%   overtime ${after.overtimeHours} h`,
  );
  console.log(`iterations         ${result.iterations}`);
  console.log(`peak memory        ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; load average ${load()}`);
}

for (let r = 1; r <= runs; r++) await once(`${r} of ${runs} (${r === 1 ? 'cold' : 'warm'})`);
ws.close();
fs.rmSync(dir, { recursive: true, force: true });
