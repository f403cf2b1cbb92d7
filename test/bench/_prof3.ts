import { syntheticWorld } from '../unit/shared/rules/synthetic-world';
import { buildWorld } from '../../shared/rules/world';
import { evaluateAllForDay } from '../../shared/rules/board';
const w = syntheticWorld({ seed: 20270105, operatives: 200, jobs: 5000, weekStart: '2027-01-04', diaryPerDay: 0.6, restriction: 0.3 });
const world = buildWorld(w);
w.jobs.forEach((j) => world.slaDeadline(j));
const t0 = performance.now();
for (let i = 0; i < 30; i++) evaluateAllForDay(w.jobs, w.operatives, '2027-01-05', world, w.diary);
console.log(((performance.now() - t0) / 30).toFixed(1));
