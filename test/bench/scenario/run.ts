// Benchmark: forking a 5,000-job plan into a what-if scenario, and comparing it (target: fork < 200 ms).
// Run: npm run bench:scenario
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSeed } from '../../../shared/seed/generate';
import { writeSeed } from '../../../electron/backend/seed/write-seed';
import { openWorkspace } from '../../../electron/backend/workspace';
import { comparePlans } from '../../../electron/backend/scenarios/compare';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-scenario-'));
const ws = await openWorkspace(path.join(dir, 'w.db'), { backup: false });
writeSeed(ws.store, generateSeed({ operatives: 200, jobs: 5000, days: 10, start: '2027-01-04', scheduled: 0.8, seed: 1 }), 'seed');
const size =
  fs.statSync(path.join(dir, 'w.db')).size + (fs.existsSync(path.join(dir, 'w.db-wal')) ? fs.statSync(path.join(dir, 'w.db-wal')).size : 0);

const forks: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  ws.scenarios.create(`fork ${i}`, null, '');
  forks.push(performance.now() - t0);
}
const compares: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  comparePlans(ws.store, ws.scenarios.store('fork 0'), { from: '2027-01-04', to: '2027-01-15' });
  compares.push(performance.now() - t0);
}
console.log(`workspace: 200 operatives, 5,000 jobs, ${ws.store.read.count('diary_entries')} placed; file ${(size / 1e6).toFixed(1)} MB`);
console.log(
  `fork (scenario/create)  median ${median(forks).toFixed(0)} ms   runs ${forks.map((x) => x.toFixed(0)).join(', ')}   target < 200 ms`,
);
console.log(`compare base vs fork    median ${median(compares).toFixed(0)} ms`);
ws.close();
fs.rmSync(dir, { recursive: true, force: true });
