import { syntheticWorld } from '../unit/shared/rules/synthetic-world';
import { buildWorld } from '../../shared/rules/world';
import { evaluateAllForDay } from '../../shared/rules/board';
import { PlanIndex } from '../../shared/rules/plan-index';
import { BLOCKED } from '../../shared/rules/status';
import type { Job, Operative } from '../../shared/domain/types';
const w = syntheticWorld({ seed: 20270105, operatives: 200, jobs: 5000, weekStart: '2027-01-04', diaryPerDay: 0.6, restriction: 0.3 });
const world = buildWorld(w);
w.jobs.forEach((j) => world.slaDeadline(j));
const date = '2027-01-05';
function oldAll(jobs: readonly Job[], operatives: readonly Operative[]) {
  const index = new PlanIndex(world, w.diary);
  const nOps = operatives.length;
  const days = operatives.map((op) => index.operativeDay(op, date));
  const levels = new Map<string, Uint8Array>();
  for (let o = 0; o < nOps; o++) {
    if (days[o]!.code === BLOCKED) continue;
    for (const [trade, level] of days[o]!.facts.skills) {
      let row = levels.get(trade);
      if (!row) levels.set(trade, (row = new Uint8Array(nOps)));
      row[o] = level;
    }
  }
  const codes = new Uint8Array(jobs.length * nOps).fill(BLOCKED);
  for (let j = 0; j < jobs.length; j++) {
    const job = jobs[j]!;
    const row = levels.get(job.trade);
    if (!row) continue;
    const min = job.min_proficiency;
    const base = j * nOps;
    for (let o = 0; o < nOps; o++) if (row[o]! >= min) codes[base + o] = index.statusOn(job, days[o]!);
  }
  return codes;
}
const A: number[] = [], B: number[] = [];
for (let i = 0; i < 20; i++) {
  let t = performance.now(); oldAll(w.jobs, w.operatives); A.push(performance.now() - t);
  t = performance.now(); evaluateAllForDay(w.jobs, w.operatives, date, world, w.diary); B.push(performance.now() - t);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[10]!.toFixed(1);
console.log('jobs-outer', med(A), 'ops-outer', med(B));
