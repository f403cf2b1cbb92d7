// The rules batch in Node: every rule for 5,000 jobs × 200 operatives on one day
// (evaluateAllForDay), on the same data the CLI seeds (generateSeed is deterministic).
import { generateSeed } from '../../../shared/seed/generate';
import { evaluateAllForDay, PlanIndex } from '../../../shared/rules';
import { testWorld } from '../../unit/shared/rules/test-world';

export interface RulesResult {
  cells: number;
  coldMs: number[];
  warmMs: number[];
}

export function runRulesBatch(runs = 5): RulesResult {
  const data = generateSeed({ operatives: 200, jobs: 5000, days: 10, scheduled: 0.8, start: '2027-01-04', seed: 1 });
  const world = testWorld({ jobs: data.jobs, operatives: data.operatives, absences: data.absences, flags: data.flags });
  for (const j of data.jobs) world.slaDeadline(j); // stored with each job in the app
  const date = '2027-01-05';
  const time = (f: () => void) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  evaluateAllForDay(data.jobs, data.operatives, date, world, data.diary); // warm the JIT
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  for (let i = 0; i < runs; i++) coldMs.push(time(() => evaluateAllForDay(data.jobs, data.operatives, date, world, data.diary)));
  for (let i = 0; i < runs; i++) {
    const index = new PlanIndex(world, data.diary);
    warmMs.push(time(() => evaluateAllForDay(data.jobs, data.operatives, date, world, data.diary, index)));
  }
  return { cells: data.jobs.length * data.operatives.length, coldMs, warmMs };
}
