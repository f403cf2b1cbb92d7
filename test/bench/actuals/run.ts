// Benchmark: importing 50,000 actuals rows (target < 3 s) and plan versus actual for a
// 5,000-visit week (target < 300 ms). Run: npm run bench:actuals
// Cold = the first run in this process (includes JIT warm-up and, for the report, reading the
// version's plan once); warm = later runs. Wall and CPU time are printed with the load average:
// on a shared machine the CPU time is the fairer figure.
// Cold in a fresh process (new workspace copy, no JIT warm-up), with undo and redo of that import:
// tsx test/bench/actuals/once.ts [DIR] (DIR keeps the built workspace between runs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importActualsCsv } from '../../../electron/backend/actuals/import-csv';
import { actualsReport } from '../../../electron/backend/actuals/report';
import { rebookingQueue } from '../../../electron/backend/actuals/rebooking';
import { openWorkspace } from '../../../electron/backend/workspace';
import { actualsCsv, buildWorkspace, FIRST_MONDAY, VISITS } from './fixture';

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
function timed<T>(run: () => T): { value: T; wall: number; cpu: number; load: string } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = run();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wall, cpu: (c.user + c.system) / 1000, load: load() };
}
const line = (what: string, t: { wall: number; cpu: number; load: string }, target: number) =>
  `${what.padEnd(46)} ${t.wall.toFixed(0).padStart(6)} ms wall ${t.cpu.toFixed(0).padStart(6)} ms cpu   target < ${target} ms   load ${t.load}`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-actuals-'));
const base = path.join(dir, 'base.db');
console.log(`Building the workspace: ${VISITS.toLocaleString('en-GB')} jobs in ten published weeks (load ${load()})…`);
{
  const ws = await openWorkspace(base, { backup: false });
  const planned = buildWorkspace(ws.store);
  fs.writeFileSync(path.join(dir, 'actuals.csv'), actualsCsv(planned));
  ws.store.db.pragma('wal_checkpoint(TRUNCATE)');
  ws.close();
}
const text = fs.readFileSync(path.join(dir, 'actuals.csv'), 'utf8');
console.log(`actuals.csv: ${VISITS.toLocaleString('en-GB')} rows, ${(text.length / 1e6).toFixed(1)} MB\n`);

const results: string[] = [];
for (const run of ['cold', 'warm', 'warm']) {
  const file = path.join(dir, `import-${results.length}.db`);
  fs.copyFileSync(base, file);
  const ws = await openWorkspace(file, { backup: false });
  const t = timed(() => importActualsCsv(ws.store, text));
  if (!t.value.ok) throw new Error(`import failed: ${JSON.stringify(t.value.errors.slice(0, 3))}`);
  const c = t.value.counts;
  results.push(line(`import 50,000 rows (${run})`, t, 3000));
  if (run === 'cold')
    console.log(`  ${c.added} added, ${c.rebookings} to rebook, ${c.follow_ons.length} follow-ons, ${c.flags_raised.length} address flags`);
  const again = timed(() => importActualsCsv(ws.store, text));
  results.push(line(`re-import the same file, nothing changes (${run})`, again, 3000));
  if (run === 'cold') {
    const week = { from: FIRST_MONDAY, to: '2027-01-08' };
    const cold = timed(() => actualsReport(ws.store, week.from, week.to));
    results.push(line(`plan vs actual, ${cold.value.visits.length.toLocaleString('en-GB')}-visit week (cold)`, cold, 300));
    for (let i = 0; i < 3; i++)
      results.push(
        line(
          'plan vs actual, same week (warm)',
          timed(() => actualsReport(ws.store, week.from, week.to)),
          300,
        ),
      );
    const other = timed(() => actualsReport(ws.store, '2027-01-11', '2027-01-15'));
    results.push(line('plan vs actual, another week (its version read cold)', other, 300));
    const queue = timed(() => rebookingQueue(ws.store));
    results.push(
      line(`rebooking queue, ${queue.value.length.toLocaleString('en-GB')} items (no target)`, queue, 0).replace(
        'target < 0 ms',
        'no target',
      ),
    );
  }
  ws.close();
}
console.log(results.join('\n'));
fs.rmSync(dir, { recursive: true, force: true });
