// `npm run bench:csv`: how long jobs.csv takes to parse at scale (generated seed jobs, formatted
// by the app's own writer). Prints numbers with the load average: cold (the first parse in a
// fresh process) and warm (the median of the next runs). A benchmark, never a test: exits 0
// whatever the numbers (the correctness of the parse is test/unit/shared/csv/performance.test.ts).
import os from 'node:os';
import { formatJobsCsv, parseJobsCsv } from '../../../shared/csv';
import { generateSeed } from '../../../shared/seed';

const SIZES = [1000, 5000, 20000];
const WARM_RUNS = 7;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

console.log(`node ${process.version}, ${os.cpus().length} CPU(s), load average ${load()}`);
console.log(['rows', 'bytes', 'cold_ms', 'warm_median_ms', 'rows_per_s_warm', 'load_avg'].join('\t'));
for (const n of SIZES) {
  const { jobs } = generateSeed({ operatives: 10, jobs: n, days: 5, start: '2027-01-04', scheduled: 0, seed: 7 });
  const text = formatJobsCsv(jobs);
  const time = () => {
    const t0 = performance.now();
    const r = parseJobsCsv(text, 'jobs.csv');
    const ms = performance.now() - t0;
    if (r.errors.length > 0 || r.rows.length !== n) throw new Error(`the ${n}-row file did not parse cleanly: ${r.errors[0]?.message}`);
    return ms;
  };
  const cold = time();
  const warm = median(Array.from({ length: WARM_RUNS }, time));
  console.log([n, text.length, cold.toFixed(1), warm.toFixed(1), Math.round((n / warm) * 1000), load()].join('\t'));
}
