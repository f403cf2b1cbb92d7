// Benchmark: auto-schedule a realistic diary (100 operatives, 2,000 jobs, 5 days, all unscheduled)
// with the same solver the app and CLI use. Prints hard violations (must be 0), placed share,
// SLA breaches, travel hours and time (target < 10 s).
// Run: npm run bench:schedule [-- --time-limit-ms N --seed S]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateSeed } from '../../../shared/seed/generate';
import { writeSeed } from '../../../electron/backend/seed/write-seed';
import { openWorkspace } from '../../../electron/backend/workspace';
import { scheduleTaskInput } from '../../../electron/backend/scheduling/task-input';
import { run } from '../../../electron/backend/scheduling/schedule-task';
import { kpisOf } from '../../../electron/backend/scheduling/kpis';

const { values } = parseArgs({ options: { 'time-limit-ms': { type: 'string' }, seed: { type: 'string' } } });
const limit = Number(values['time-limit-ms'] ?? 5000);
const seed = Number(values.seed ?? 1);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-schedule-'));
const ws = await openWorkspace(path.join(dir, 'w.db'), { backup: false });
writeSeed(ws.store, generateSeed({ operatives: 100, jobs: 2000, days: 5, start: '2027-01-04', scheduled: 0, seed }), 'seed');
const input = scheduleTaskInput(ws.store, { from: '2027-01-04', to: '2027-01-08', timeLimitMs: limit, seed });
const t0 = performance.now();
const result = run(input, { progress: () => undefined, cancelled: () => false });
const ms = performance.now() - t0;
const after = kpisOf(input, result.diary);
const hard = result.check.problems.length;
console.log(`diary: 100 operatives, 2,000 jobs, 5 days (Mon 4 – Fri 8 Jan 2027), seed ${seed}, time limit ${limit} ms`);
console.log(`time               ${(ms / 1000).toFixed(2)} s   (target < 10 s)`);
console.log(
  `hard violations    ${hard}   (rule check of every placement: ${result.check.ok ? 'ok' : result.check.problems.slice(0, 3).join('; ')})`,
);
console.log(
  `placed             ${result.placed.length} / ${input.scopeJobs.length} (${((100 * result.placed.length) / input.scopeJobs.length).toFixed(1)}%)`,
);
console.log(`still unplaced     ${result.unplaced.length}`);
console.log(`SLA breaches       ${after.slaBreachesTotal} ${JSON.stringify(after.slaBreaches)}`);
console.log(
  `travel             ${after.travelHours} h   utilisation ${(after.utilisation * 100).toFixed(0)}%   overtime ${after.overtimeHours} h`,
);
console.log(`iterations         ${result.iterations}`);
ws.close();
fs.rmSync(dir, { recursive: true, force: true });
