import { describe, expect, it } from 'vitest';
import { findSlips, placedDuring, scopeChanges } from '../../../../shared/review';

const DAY = 1440;

describe('findSlips', () => {
  it('flags jobs whose planned finish moved more than 2 days later, and chains whose finish did', () => {
    const reference = new Map([
      ['A', 0],
      ['B', 100],
      ['C', 200],
      ['GONE', 0],
    ]);
    const current = new Map([
      ['A', 2 * DAY],
      ['B', 100 + 2 * DAY + 1],
      ['C', 0],
      ['NEW', 9 * DAY],
    ]);
    expect(findSlips(reference, current)).toEqual([
      { kind: 'job', ref: 'B', was_abs: 100, now_abs: 100 + 2 * DAY + 1, slip_min: 2 * DAY + 1 },
    ]);
    // The chain A→C finished at 200, now at 2 days: not more than 2 days. A→B finishes 2d+1 later.
    const chains = [
      { id: 'A', refs: ['A', 'C'] },
      { id: 'X', refs: ['A', 'B'] },
    ];
    expect(findSlips(reference, current, chains).filter((s) => s.kind === 'chain')).toEqual([
      { kind: 'chain', chain: 'X', refs: ['A', 'B'], was_abs: 100, now_abs: 100 + 2 * DAY + 1, slip_min: 2 * DAY + 1 },
    ]);
  });
});

describe('scopeChanges', () => {
  const base = { duration_min: 60, trade: 'GAS', min_proficiency: 2, competences: ['GAS_SAFE', 'HEIGHT'] };
  it('describes duration, trade and competence changes; ignores reordering', () => {
    expect(scopeChanges(base, { ...base, competences: ['HEIGHT', 'GAS_SAFE'] })).toEqual([]);
    expect(scopeChanges(base, { duration_min: 90, trade: 'PLUMB', min_proficiency: 2, competences: [] })).toEqual([
      'duration 60 → 90 min',
      'trade GAS ≥2 → PLUMB ≥2',
      'competences GAS_SAFE, HEIGHT → none',
    ]);
  });
});

describe('placedDuring', () => {
  it('finds the operative’s entries inside the absence, inclusive', () => {
    const e = (job_ref: string, operative_id: string, date: string) => ({
      job_ref,
      operative_id,
      date,
      start: null,
      sequence: 0,
      pinned: false,
    });
    const entries = [
      e('J1', 'ali', '2027-01-04'),
      e('J2', 'ali', '2027-01-05'),
      e('J3', 'ali', '2027-01-07'),
      e('J4', 'bob', '2027-01-05'),
      e('J5', 'ali', '2027-01-08'),
    ];
    expect(placedDuring({ operative_id: 'ali', from: '2027-01-05', to: '2027-01-07' }, entries).map((x) => x.job_ref)).toEqual([
      'J2',
      'J3',
    ]);
  });
});
