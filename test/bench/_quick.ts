import { syntheticWorld } from '../unit/shared/rules/synthetic-world';
import { buildWorld } from '../../shared/rules/world';
import { evaluateAllForDay } from '../../shared/rules/board';
const w = syntheticWorld({ seed: 20270105, operatives: 200, jobs: 5000, weekStart: '2027-01-04', diaryPerDay: 0.6, restriction: 0.3 });
const world = buildWorld(w);
w.jobs.forEach((j) => world.slaDeadline(j));
const ts: number[] = [];
const cs: number[] = [];
for (let i = 0; i < 15; i++) { const c = process.cpuUsage(); const t = performance.now(); evaluateAllForDay(w.jobs, w.operatives, '2027-01-05', world, w.diary); ts.push(performance.now() - t); const d = process.cpuUsage(c); cs.push((d.user + d.system) / 1000); }
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[7]!.toFixed(1);
console.log('wall', ts.map((t) => t.toFixed(0)).join(' '), 'median', med(ts), '| cpu median', med(cs), 'min', Math.min(...cs).toFixed(1));
