import { describe, expect, it } from 'vitest';
import { chainIndex, findChains } from '../../../../shared/graph';
import { e } from './helpers';

describe('findChains', () => {
  it('groups linked jobs into chains named by their first job, in dependency order', () => {
    const chains = findChains([e('J-3', 'J-4'), e('J-1', 'J-2'), e('J-0', 'J-3'), e('J-2', 'J-9')]);
    expect(chains).toEqual([
      { id: 'J-0', refs: ['J-0', 'J-3', 'J-4'] },
      { id: 'J-1', refs: ['J-1', 'J-2', 'J-9'] },
    ]);
    expect(chainIndex(chains).get('J-4')).toBe('J-0');
  });

  it('joins branches that meet, and ignores self-links', () => {
    const chains = findChains([e('B', 'D'), e('A', 'B'), e('C', 'D'), e('Z', 'Z')]);
    expect(chains).toEqual([{ id: 'A', refs: ['A', 'B', 'C', 'D'] }]);
  });
});
