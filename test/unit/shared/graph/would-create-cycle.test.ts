import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycles, wouldCreateCycle } from '../../../../shared/graph';
import { chain, e, isCycleOf } from './helpers';

describe('wouldCreateCycle', () => {
  const edges = [e('A', 'B'), e('B', 'C'), e('C', 'D')];

  it('returns null for a safe link', () => {
    expect(wouldCreateCycle(edges, e('A', 'D'))).toBeNull();
    expect(wouldCreateCycle(edges, e('X', 'A'))).toBeNull();
  });

  it('returns the path the new link would close, starting with it', () => {
    expect(wouldCreateCycle(edges, e('D', 'A'))).toEqual(['D', 'A', 'B', 'C']);
    expect(wouldCreateCycle(edges, e('C', 'B'))).toEqual(['C', 'B']);
    expect(wouldCreateCycle(edges, e('B', 'B'))).toEqual(['B']);
  });

  it('agrees with findCycles (property)', () => {
    const edge = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => e(`N${a}`, `N${b}`));
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 20 }), edge, (es, extra) => {
        fc.pre(findCycles([], es).length === 0);
        const path = wouldCreateCycle(es, extra);
        expect(path !== null).toBe(findCycles([], [...es, extra]).length > 0);
        if (path) expect(isCycleOf(path, [...es, extra])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('walks a 5,000-node chain', () => {
    expect(wouldCreateCycle(chain(5000), e('J-4999', 'J-0'))).toHaveLength(5000);
  });
});
