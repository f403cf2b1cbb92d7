// Table sorting: values people read in the order they expect, empty cells last, ties stable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from '../../../../renderer/src/components/sorting';

describe('table sorting', () => {
  it('sorts numbers by value and text as people read it (numbers inside by value)', () => {
    expect(sortRows([10, 9, 100], (x) => x, 'asc')).toEqual([9, 10, 100]);
    expect(sortRows(['J-10', 'J-9', 'j-100'], (x) => x, 'asc')).toEqual(['J-9', 'J-10', 'j-100']);
    expect(sortRows(['b', 'a', 'c'], (x) => x, 'desc')).toEqual(['c', 'b', 'a']);
  });

  it('empty values go last in either direction; ties keep their order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null })),
        fc.constantFrom('asc' as const, 'desc' as const),
        (xs, dir) => {
          const rows = xs.map((v, i) => ({ v, i }));
          const out = sortRows(rows, (r) => r.v, dir);
          const firstEmpty = out.findIndex((r) => r.v === null);
          if (firstEmpty >= 0) expect(out.slice(firstEmpty).every((r) => r.v === null)).toBe(true);
          for (let k = 1; k < out.length; k++) {
            const a = out[k - 1]!;
            const b = out[k]!;
            if (a.v === null || b.v === null) continue;
            expect(dir === 'asc' ? a.v <= b.v : a.v >= b.v).toBe(true);
            if (a.v === b.v) expect(a.i).toBeLessThan(b.i);
          }
        },
      ),
    );
  });

  it('clicking a column sorts by it ascending, again descending', () => {
    expect(nextSort(null, 'ref')).toEqual({ column: 'ref', dir: 'asc' });
    expect(nextSort({ column: 'ref', dir: 'asc' }, 'ref')).toEqual({ column: 'ref', dir: 'desc' });
    expect(nextSort({ column: 'ref', dir: 'desc' }, 'ref')).toEqual({ column: 'ref', dir: 'asc' });
    expect(nextSort({ column: 'ref', dir: 'desc' }, 'sla')).toEqual({ column: 'sla', dir: 'asc' });
  });
});
