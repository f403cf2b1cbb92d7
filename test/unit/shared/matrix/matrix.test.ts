import { describe, expect, it } from 'vitest';
import { matrixComparator, matrixOrder, quadrantOf, rescoreFor, type MatrixItem } from '../../../../shared/matrix';

describe('quadrantOf', () => {
  it('high means 4–5 by default', () => {
    expect(quadrantOf({ impact: 5, effort: 1 })).toBe('do-first');
    expect(quadrantOf({ impact: 4, effort: 4 })).toBe('schedule');
    expect(quadrantOf({ impact: 3, effort: 3 })).toBe('defer');
    expect(quadrantOf({ impact: 1, effort: 5 })).toBe('drop');
  });

  it('follows a configured threshold', () => {
    expect(quadrantOf({ impact: 3, effort: 3 }, { high: 3 })).toBe('schedule');
    expect(quadrantOf({ impact: 4, effort: 1 }, { high: 5 })).toBe('defer');
  });
});

describe('rescoreFor', () => {
  it('moves only the scores on the wrong side, just across the threshold', () => {
    expect(rescoreFor({ impact: 1, effort: 5 }, 'do-first')).toEqual({ impact: 4, effort: 3 });
    expect(rescoreFor({ impact: 5, effort: 2 }, 'do-first')).toEqual({ impact: 5, effort: 2 });
    expect(rescoreFor({ impact: 5, effort: 2 }, 'drop')).toEqual({ impact: 3, effort: 4 });
    expect(rescoreFor({ impact: 2, effort: 2 }, 'schedule', { high: 3 })).toEqual({ impact: 3, effort: 3 });
    for (const target of ['do-first', 'schedule', 'defer', 'drop'] as const) {
      expect(quadrantOf(rescoreFor({ impact: 3, effort: 4 }, target))).toBe(target);
    }
  });
});

describe('matrixOrder', () => {
  const item = (ref: string, impact: number, effort: number, sla_deadline: string | null = null): MatrixItem => ({
    ref,
    impact,
    effort,
    sla_deadline,
  });

  it('sorts by quadrant, then impact desc, effort asc, then SLA deadline (none last), then ref', () => {
    const items = [
      item('drop', 1, 5),
      item('defer', 3, 1),
      item('sched', 5, 5),
      item('do-b', 4, 1, '2027-01-09T23:59'),
      item('do-a', 4, 1, '2027-01-05T23:59'),
      item('do-none', 4, 1),
      item('do-top', 5, 3),
      item('do-easy', 4, 2),
    ];
    expect([...items].sort(matrixOrder).map((x) => x.ref)).toEqual([
      'do-top',
      'do-a',
      'do-b',
      'do-none',
      'do-easy',
      'sched',
      'defer',
      'drop',
    ]);
  });

  it('takes the threshold and a deadline accessor (for scheduler jobs without sla_deadline)', () => {
    const deadlines = new Map([
      ['x', '2027-01-02T10:00'],
      ['y', '2027-01-01T10:00'],
    ]);
    const cmp = matrixComparator<MatrixItem>({ settings: { high: 3 }, deadlineOf: (j) => deadlines.get(j.ref) ?? null });
    const sorted = [item('z', 2, 1), item('x', 3, 3), item('y', 3, 3)].sort(cmp);
    expect(sorted.map((j) => j.ref)).toEqual(['y', 'x', 'z']); // 3/3 is "schedule" at high 3; z defers
  });
});

describe('matrixRank (the scalar form of the matrix order)', () => {
  it('agrees with matrixOrder on every pair of scores', async () => {
    const { matrixRank, matrixOrder } = await import('../../../../shared/matrix');
    const items = [];
    for (let impact = 1; impact <= 5; impact++)
      for (let effort = 1; effort <= 5; effort++) items.push({ ref: `J-${impact}${effort}`, impact, effort });
    for (const a of items)
      for (const b of items) {
        if (a === b) continue;
        expect(Math.sign(matrixRank(a) - matrixRank(b))).toBe(Math.sign(matrixOrder(a, b)));
      }
  });
});
