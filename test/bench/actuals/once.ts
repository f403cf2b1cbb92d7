// One cold import in a fresh process: `tsx test/bench/actuals/once.ts DIR` builds DIR/base.db and
// DIR/actuals.csv when missing, then imports into a fresh copy of base.db and prints wall and CPU time
// with the load average. Run it several times for cold figures (and under node --cpu-prof to profile).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importActualsCsv } from '../../../electron/backend/actuals/import-csv';
import { openWorkspace } from '../../../electron/backend/workspace';
import { actualsCsv, buildWorkspace } from './fixture';

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const dir = process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-actuals-'));
fs.mkdirSync(dir, { recursive: true });
const base = path.join(dir, 'base.db');
if (!fs.existsSync(base)) {
  const ws = await openWorkspace(base, { backup: false });
  fs.writeFileSync(path.join(dir, 'actuals.csv'), actualsCsv(buildWorkspace(ws.store)));
  ws.store.db.pragma('wal_checkpoint(TRUNCATE)');
  ws.close();
}
const text = fs.readFileSync(path.join(dir, 'actuals.csv'), 'utf8');
const file = path.join(dir, `import-${process.pid}.db`);
fs.copyFileSync(base, file);
const ws = await openWorkspace(file, { backup: false });
const c0 = process.cpuUsage();
const t0 = performance.now();
const result = importActualsCsv(ws.store, text);
const wall = performance.now() - t0;
const c = process.cpuUsage(c0);
if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
console.log(
  `import 50,000 rows (cold, fresh process)  ${wall.toFixed(0).padStart(6)} ms wall ${((c.user + c.system) / 1000).toFixed(0).padStart(6)} ms cpu   target < 3000 ms   load ${load()}`,
);
for (const step of ['undo', 'redo'] as const) {
  const u0 = process.cpuUsage();
  const s0 = performance.now();
  ws.store.history[step]();
  const u = process.cpuUsage(u0);
  console.log(
    `${step} of that import (no target)            ${(performance.now() - s0).toFixed(0).padStart(6)} ms wall ${((u.user + u.system) / 1000).toFixed(0).padStart(6)} ms cpu   load ${load()}`,
  );
}
ws.close();
for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
