import { describe, expect, it } from 'vitest';
import { topologicalOrder } from '../../../../shared/graph';
import { chain, e } from './helpers';

describe('topologicalOrder', () => {
  it('puts predecessors first and otherwise keeps the given order', () => {
    expect(topologicalOrder(['D', 'C', 'B', 'A'], [e('A', 'B'), e('C', 'D')])).toEqual(['C', 'D', 'A', 'B']);
    expect(topologicalOrder(['A', 'B'], [e('A', 'B'), e('A', 'B')])).toEqual(['A', 'B']);
  });

  it('returns null when there is a cycle', () => {
    expect(topologicalOrder([], [e('A', 'B'), e('B', 'A')])).toBeNull();
  });

  it('orders a 5,000-node chain given in reverse', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => `J-${4999 - i}`);
    const order = topologicalOrder(nodes, chain(5000))!;
    expect(order[0]).toBe('J-0');
    expect(order[4999]).toBe('J-4999');
  });
});
