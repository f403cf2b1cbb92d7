import { describe, expect, it } from 'vitest';
import {
  parseAbsencesCsv,
  parseFlagsCsv,
  parseJobsCsv,
  parseOperativesCsv,
  validateImportSet,
  type ExistingData,
  type ImportSet,
} from '../../../../shared/csv';
import type { Job } from '../../../../shared/domain/types';
import { fixture } from './helpers';

const NONE: ExistingData = { operativeIds: new Set(), jobRefs: new Set(), dependencies: [] };

function goodSet(over: { operatives?: string; jobs?: string; absences?: string; flags?: string } = {}): ImportSet {
  const set = {
    operatives: parseOperativesCsv(fixture(over.operatives ?? 'good/operatives.csv'), 'operatives.csv'),
    jobs: parseJobsCsv(fixture(over.jobs ?? 'good/jobs.csv'), 'jobs.csv'),
    absences: parseAbsencesCsv(fixture(over.absences ?? 'good/absences.csv'), 'absences.csv'),
    flags: parseFlagsCsv(fixture(over.flags ?? 'good/flags.csv'), 'flags.csv'),
  };
  for (const f of Object.values(set)) expect(f.errors).toEqual([]);
  return set;
}

/** Minimal job for graph-shaped tests. */
function job(ref: string, deps: string[] = []): Job {
  return {
    ref,
    address: '',
    lat: 53.8,
    lon: -1.55,
    area: 'LS1',
    trade: 'GEN',
    min_proficiency: 1,
    competences: [],
    priority: 'ROUTINE',
    raised_at: '2027-01-01',
    duration_min: 60,
    window: 'ALL',
    depends_on: deps.map((r) => ({ ref: r, lag_min: 0 })),
    impact: 3,
    effort: 3,
    owner: '',
    done_when: '',
    notes: '',
    status: 'open',
  };
}

describe('validateImportSet', () => {
  it('finds nothing wrong with the good fixture set', () => {
    expect(validateImportSet(goodSet(), NONE)).toEqual([]);
  });

  it('reports an absence for an unknown operative', () => {
    expect(validateImportSet(goodSet({ absences: 'bad/absences-unknown-operative.csv' }), NONE)).toEqual([
      {
        file: 'absences.csv',
        line: 4,
        field: 'operative_id',
        message: 'unknown operative "OP-099" (not in operatives.csv or among existing operatives)',
      },
    ]);
  });

  it('accepts an operative that already exists in the store', () => {
    const existing = { ...NONE, operativeIds: new Set(['OP-099']) };
    expect(validateImportSet(goodSet({ absences: 'bad/absences-unknown-operative.csv' }), existing)).toEqual([]);
  });

  it('reports flags for unknown operatives and unknown jobs', () => {
    const set = goodSet({ flags: 'bad/flags-unknown-job.csv' });
    expect(validateImportSet(set, NONE)).toEqual([
      {
        file: 'flags.csv',
        line: 4,
        field: 'scope',
        message: 'scope "job:J-9999" names unknown job "J-9999" (not in jobs.csv or among existing jobs)',
      },
    ]);
    expect(validateImportSet({ flags: set.flags }, NONE).map((e) => e.field)).toEqual([
      'operative_id',
      'operative_id',
      'operative_id',
      'scope',
    ]);
  });

  it('reports a dependency on a missing job', () => {
    expect(validateImportSet(goodSet({ jobs: 'bad/jobs-unknown-dependency.csv' }), NONE)).toEqual([
      {
        file: 'jobs.csv',
        line: 10,
        field: 'depends_on',
        message: 'depends on unknown job "J-9999" (not in jobs.csv or among existing jobs)',
      },
    ]);
    expect(validateImportSet(goodSet({ jobs: 'bad/jobs-unknown-dependency.csv' }), { ...NONE, jobRefs: new Set(['J-9999']) })).toEqual([]);
  });

  it('reports a self-dependency once, not also as a cycle', () => {
    expect(validateImportSet({ jobs: { file: 'j.csv', rows: [job('A'), job('B', ['B'])] } }, NONE)).toEqual([
      { file: 'j.csv', line: 3, field: 'depends_on', message: 'B depends on itself' },
    ]);
  });

  it('names the refs of a cycle in order, on the line of its first job', () => {
    expect(validateImportSet(goodSet({ jobs: 'bad/jobs-cycle.csv' }), NONE)).toEqual([
      { file: 'jobs.csv', line: 4, field: 'depends_on', message: 'dependency cycle: J-1003 → J-1004 → J-1005 → J-1003' },
    ]);
  });

  it('reports one error per cycle', () => {
    const rows = [job('A', ['C']), job('B', ['A']), job('C', ['B']), job('X'), job('Y', ['Z']), job('Z', ['Y'])];
    expect(validateImportSet({ jobs: { file: 'j.csv', rows } }, NONE).map((e) => [e.line, e.message])).toEqual([
      [2, 'dependency cycle: A → B → C → A'],
      [6, 'dependency cycle: Y → Z → Y'],
    ]);
  });

  it('finds cycles that close through existing links', () => {
    // Stored: P → Q (Q depends on P). Imported: P depends on Q.
    const existing: ExistingData = {
      operativeIds: new Set(),
      jobRefs: new Set(['Q']),
      dependencies: [{ pred_ref: 'P', succ_ref: 'Q', lag_min: 0 }],
    };
    expect(validateImportSet({ jobs: { file: 'j.csv', rows: [job('P', ['Q'])] } }, existing)).toEqual([
      { file: 'j.csv', line: 2, field: 'depends_on', message: 'dependency cycle: P → Q → P' },
    ]);
  });

  it('lets a re-imported job’s depends_on replace its stored links', () => {
    // Stored: Q depends on P. Re-importing Q with no dependencies removes that link, so P may now depend on Q.
    const existing: ExistingData = {
      operativeIds: new Set(),
      jobRefs: new Set(['P', 'Q']),
      dependencies: [{ pred_ref: 'P', succ_ref: 'Q', lag_min: 0 }],
    };
    expect(validateImportSet({ jobs: { file: 'j.csv', rows: [job('P', ['Q']), job('Q')] } }, existing)).toEqual([]);
  });

  it('ignores cycles made only of stored links', () => {
    const existing: ExistingData = {
      operativeIds: new Set(),
      jobRefs: new Set(['S', 'T']),
      dependencies: [
        { pred_ref: 'S', succ_ref: 'T', lag_min: 0 },
        { pred_ref: 'T', succ_ref: 'S', lag_min: 0 },
      ],
    };
    expect(validateImportSet({ jobs: { file: 'j.csv', rows: [job('U', ['S'])] } }, existing)).toEqual([]);
  });

  it('handles 5,000 imported jobs in one long chain plus a closing link', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => job(`J-${i}`, i === 0 ? ['J-4999'] : [`J-${i - 1}`]));
    const errors = validateImportSet({ jobs: { file: 'j.csv', rows } }, NONE);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message.startsWith('dependency cycle: J-0 → J-1 → J-2')).toBe(true);
    expect(errors[0]!.message.endsWith('J-4999 → J-0')).toBe(true);
  });
});
