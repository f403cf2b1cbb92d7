// jobs.csv at scale: a large file written by the app parses back whole. How long it takes is a
// benchmark (`npm run bench:csv`), not a test.
import { describe, expect, it } from 'vitest';
import { formatJobsCsv, parseJobsCsv } from '../../../../shared/csv';
import { generateSeed } from '../../../../shared/seed';

describe('jobs CSV at scale', () => {
  it('parses 5,000 generated rows back whole, with no error', () => {
    const { jobs } = generateSeed({ operatives: 10, jobs: 5000, days: 5, start: '2027-01-04', scheduled: 0, seed: 7 });
    const r = parseJobsCsv(formatJobsCsv(jobs), 'jobs.csv');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(5000);
    expect(r.rows.map((j) => j.ref)).toEqual(jobs.map((j) => j.ref));
  });
});
