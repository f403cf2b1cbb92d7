import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCycle, findCycle, findCycles, rotateCycle, topologicalOrder } from '../../../../shared/graph';
import { chain, e, isCycleOf } from './helpers';

describe('findCycles', () => {
  it('returns nothing for a DAG', () => {
    expect(findCycles([], [e('A', 'B'), e('B', 'C'), e('A', 'C')])).toEqual([]);
    expect(findCycle([e('A', 'B')])).toBeNull();
  });

  it('names a cycle in edge order, from its earliest node', () => {
    expect(findCycles(['A', 'B', 'C'], [e('B', 'C'), e('C', 'A'), e('A', 'B')])).toEqual([['A', 'B', 'C']]);
    expect(findCycles(['C', 'B', 'A'], [e('B', 'C'), e('C', 'A'), e('A', 'B')])).toEqual([['C', 'A', 'B']]);
  });

  it('reports a self-loop and separate cycles separately', () => {
    expect(findCycles([], [e('A', 'A'), e('B', 'C'), e('C', 'B'), e('X', 'Y')])).toEqual([['A'], ['B', 'C']]);
  });

  it('reports one (shortest) cycle per tangled component', () => {
    const edges = [e('A', 'B'), e('B', 'C'), e('C', 'D'), e('D', 'A'), e('B', 'A')];
    expect(findCycles(['A'], edges)).toEqual([['A', 'B']]);
  });

  it('handles 5,000-node chains and rings without overflowing the stack', () => {
    const edges = chain(5000);
    expect(findCycles([], edges)).toEqual([]);
    const ring = [...edges, e('J-4999', 'J-0')];
    const [cycle] = findCycles([], ring);
    expect(cycle).toHaveLength(5000);
    expect(cycle![0]).toBe('J-0');
    expect(cycle![4999]).toBe('J-4999');
  });

  it('finds a real cycle exactly when topologicalOrder fails (property)', () => {
    const edges = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })).map(([a, b]) => e(`N${a}`, `N${b}`)),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(edges, (es) => {
        const cycles = findCycles([], es);
        expect(cycles.length === 0).toBe(topologicalOrder([], es) !== null);
        for (const c of cycles) expect(isCycleOf(c, es)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('describeCycle / rotateCycle', () => {
  it('formats and rotates', () => {
    expect(describeCycle(['J-1', 'J-2', 'J-3'])).toBe('J-1 → J-2 → J-3 → J-1');
    expect(describeCycle(['J-1'])).toBe('J-1 → J-1');
    expect(rotateCycle(['A', 'B', 'C'], 'B')).toEqual(['B', 'C', 'A']);
  });
});
