// Rules benchmark: `npx tsx test/bench/rules.bench.ts`. Plain script, prints numbers.
// Targets: evaluateAllForDay (5,000 jobs × 200 operatives, one day) < 100 ms; one drag
// (1 job × 200 operatives × 7 days) well under a 16 ms frame.
import os from 'node:os';
import { syntheticWorld } from '../unit/shared/rules/synthetic-world';
import { testWorld } from '../unit/shared/rules/test-world';
import { PlanIndex } from '../../shared/rules/plan-index';
import { boardStatus, evaluateAllForDay } from '../../shared/rules/board';
import { evaluatePlacement } from '../../shared/rules/evaluate';

const OPERATIVES = 200;
const JOBS = 5_000;
const RUNS = 5;

const ms = (t: number): string => (t < 1 ? `${Math.round(t * 1000)} µs` : `${t.toFixed(1)} ms`);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
function time<T>(f: () => T): [number, T] {
  const t0 = performance.now();
  const out = f();
  return [performance.now() - t0, out];
}

console.log(`node ${process.version}, ${os.cpus().length} CPU(s), ${os.cpus()[0]?.model ?? '?'}`);

const [tGen, w] = time(() =>
  syntheticWorld({ seed: 20270105, operatives: OPERATIVES, jobs: JOBS, weekStart: '2027-01-04', diaryPerDay: 0.6, restriction: 0.3 }),
);
const [tWorld, world] = time(() => testWorld(w));
// SLA deadlines belong to the job (the store keeps them); compute them up front like the app would.
const [tSla] = time(() => w.jobs.forEach((j) => world.slaDeadline(j)));
const date = w.dates[1]!; // Tue 5 Jan 2027
console.log(
  `world: ${w.operatives.length} operatives, ${w.jobs.length} jobs, ${w.diary.length} diary entries, ${w.absences.length} absences, ${w.flags.length} flags`,
);
console.log(`build: generate ${ms(tGen)}, buildWorld ${ms(tWorld)}, SLA deadlines ${ms(tSla)}`);

// --- batch: every job × every operative on one day -------------------------------------------
const firstRun = time(() => evaluateAllForDay(w.jobs, w.operatives, date, world, w.diary));
const counts = [0, 0, 0];
for (const c of firstRun[1].codes) counts[c]!++;
console.log(`\nevaluateAllForDay ${w.jobs.length} × ${w.operatives.length} = ${firstRun[1].codes.length.toLocaleString('en-GB')} cells`);
console.log(`  ok ${counts[0]}, warn ${counts[1]}, blocked ${counts[2]}`);
console.log(`  first run (cold JIT, index built inside): ${ms(firstRun[0])}`);
evaluateAllForDay(w.jobs, w.operatives, date, world, w.diary); // one more warm-up

const cold: number[] = [];
for (let i = 0; i < RUNS; i++) cold.push(time(() => evaluateAllForDay(w.jobs, w.operatives, date, world, w.diary))[0]);
console.log(`  index built inside, median of ${RUNS}: ${ms(median(cold))}  (min ${ms(Math.min(...cold))}, max ${ms(Math.max(...cold))})`);

const warm: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const index = new PlanIndex(world, w.diary);
  for (const op of w.operatives) index.basePlan(op, date);
  for (const j of w.jobs) index.slaLatestFinish(j, date);
  warm.push(time(() => evaluateAllForDay(w.jobs, w.operatives, date, world, w.diary, index))[0]);
}
console.log(`  index prebuilt,      median of ${RUNS}: ${ms(median(warm))}  (min ${ms(Math.min(...warm))}, max ${ms(Math.max(...warm))})`);

// --- drag: one job over 200 operatives × 7 days ----------------------------------------------
const [tIndex, index] = time(() => new PlanIndex(world, w.diary));
const dragJobs = w.jobs.slice(0, 200);
const [tFirstDrag] = time(() => boardStatus(index, dragJobs[0]!, w.operatives, w.dates));
const drags: number[] = [];
for (const job of dragJobs) drags.push(time(() => boardStatus(index, job, w.operatives, w.dates))[0]);
const cells = w.operatives.length * w.dates.length;
console.log(
  `\nboardStatus: 1 job × ${w.operatives.length} operatives × ${w.dates.length} days = ${cells} cells, ${dragJobs.length} different jobs`,
);
console.log(`  new PlanIndex ${ms(tIndex)}; first drag (fills per-day caches) ${ms(tFirstDrag)}`);
console.log(`  per drag: median ${ms(median(drags))}, p95 ${ms(pct(drags, 0.95))}, max ${ms(Math.max(...drags))}`);
// Worst case: no row ruled out by trade, every one of the 1,400 cells goes through the rules.
const unfiltered: number[] = [];
for (const job of dragJobs.slice(0, 50)) {
  unfiltered.push(time(() => w.operatives.forEach((op) => w.dates.forEach((d) => index.status(job, op, d))))[0]);
}
console.log(`  every cell through index.status (no trade short-cut): median ${ms(median(unfiltered))}, max ${ms(Math.max(...unfiltered))}`);

// --- the drop: full explanation for one cell -------------------------------------------------
const drops: number[] = [];
for (let i = 0; i < 200; i++) {
  drops.push(time(() => evaluatePlacement(w.jobs[i]!, w.operatives[i % OPERATIVES]!, date, world, w.diary))[0]);
}
console.log(`\nevaluatePlacement (full reasons, throwaway index): median ${ms(median(drops))}, p95 ${ms(pct(drops, 0.95))}`);
const shared: number[] = [];
for (let i = 0; i < 200; i++) shared.push(time(() => index.evaluate(w.jobs[i]!, w.operatives[i % OPERATIVES]!, date))[0]);
console.log(`index.evaluate (full reasons, shared index): median ${ms(median(shared))}, p95 ${ms(pct(shared, 0.95))}`);
