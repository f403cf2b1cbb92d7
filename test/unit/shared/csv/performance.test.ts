import { describe, expect, it } from 'vitest';
import { formatJobsCsv, parseJobsCsv } from '../../../../shared/csv';
import { generateSeed } from '../../../../shared/seed';

describe('jobs CSV at scale', () => {
  it('parses 5,000 rows quickly', () => {
    const { jobs } = generateSeed({ operatives: 10, jobs: 5000, days: 5, start: '2027-01-04', scheduled: 0, seed: 7 });
    const text = formatJobsCsv(jobs);
    const t0 = performance.now();
    const r = parseJobsCsv(text, 'jobs.csv');
    const ms = performance.now() - t0;
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(5000);
    // Typically ~100 ms; the bound leaves room for slow CI machines.
    expect(ms).toBeLessThan(1500);
  });
});
