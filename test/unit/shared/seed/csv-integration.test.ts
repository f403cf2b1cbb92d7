// Seed data is valid import data: it survives the CSV formats and passes the cross-file checks.
import { describe, expect, it } from 'vitest';
import {
  formatAbsencesCsv,
  formatDiaryCsv,
  formatFlagsCsv,
  formatJobsCsv,
  formatOperativesCsv,
  parseAbsencesCsv,
  parseDiaryCsv,
  parseFlagsCsv,
  parseJobsCsv,
  parseOperativesCsv,
  validateImportSet,
} from '../../../../shared/csv';
import { generateSeed } from '../../../../shared/seed';

describe('seed data through CSV', () => {
  it('round-trips and validates as a set', () => {
    const s = generateSeed({ operatives: 50, jobs: 800, days: 10, start: '2027-01-04', scheduled: 0.5, seed: 5 });
    const operatives = parseOperativesCsv(formatOperativesCsv(s.operatives), 'operatives.csv');
    const jobs = parseJobsCsv(formatJobsCsv(s.jobs), 'jobs.csv');
    const absences = parseAbsencesCsv(formatAbsencesCsv(s.absences), 'absences.csv');
    const flags = parseFlagsCsv(formatFlagsCsv(s.flags), 'flags.csv');
    const diary = parseDiaryCsv(formatDiaryCsv(s.diary), 'diary.csv');
    for (const r of [operatives, jobs, absences, flags, diary]) expect(r.errors).toEqual([]);
    expect(operatives.rows).toEqual(s.operatives);
    expect(jobs.rows).toEqual(s.jobs);
    expect(flags.rows).toEqual(s.flags);
    expect(diary.rows).toEqual(s.diary);
    // The CSV has no kind column, so absences come back as 'other'.
    expect(absences.rows).toEqual(s.absences.map((a) => ({ ...a, kind: 'other' })));
    const existing = { operativeIds: new Set<string>(), jobRefs: new Set<string>(), dependencies: [] };
    expect(validateImportSet({ operatives, jobs, absences, flags }, existing)).toEqual([]);
  });
});
