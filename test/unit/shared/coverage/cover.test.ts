// Emergency cover: at least N of a trade on call each day, gaps flagged.
import { describe, expect, it } from 'vitest';
import { coverGaps } from '../../../../shared/coverage';
import { testWorld } from '../rules/test-world';
import { operative } from '../rules/fixtures';
import { override, pattern } from '../roster/helpers';

describe('emergency cover gaps', () => {
  const ali = operative({ id: 'ali' });
  const bea = operative({
    id: 'bea',
    trades: [
      { trade: 'GAS', proficiency: 2 },
      { trade: 'ELEC', proficiency: 2 },
    ],
  });
  const rota = pattern({
    kind: 'rotation',
    anchor: '2027-01-04',
    days: Array.from({ length: 14 }, (_, i) => ({ work: null, on_call: i < 7 })),
  });
  const world = testWorld({
    operatives: [ali, bea],
    absences: [{ operative_id: 'ali', from: '2027-01-06', to: '2027-01-06', reason: '', kind: 'leave' }],
    flags: [{ operative_id: 'bea', flag: 'REDUCED_DUTIES', scope: 'trade:GAS', until: null, owner: '', note: '' }],
    roster: { patterns: [rota], days: [override('2027-01-05', 'on_call', null, null, false, 'bea')] },
  });

  it('counts operatives of the trade on call, not absent and not barred from the trade', () => {
    const gaps = coverGaps(
      world,
      ['2027-01-05', '2027-01-06', '2027-01-11'],
      [
        { trade: 'GAS', min: 1 },
        { trade: 'ELEC', min: 1 },
      ],
    );
    expect(gaps).toEqual([
      { date: '2027-01-06', trade: 'GAS', have: 0, need: 1, on_call: [] }, // Ali on leave
      { date: '2027-01-06', trade: 'ELEC', have: 0, need: 1, on_call: [] },
      { date: '2027-01-11', trade: 'GAS', have: 0, need: 1, on_call: [] }, // off-call week
      { date: '2027-01-11', trade: 'ELEC', have: 0, need: 1, on_call: [] },
    ]);
    // 5 Jan: Ali on call for GAS; Bea on call (override) counts for ELEC but not GAS (reduced duties).
    expect(coverGaps(world, ['2027-01-05'], [{ trade: 'GAS', min: 2 }])).toEqual([
      { date: '2027-01-05', trade: 'GAS', have: 1, need: 2, on_call: ['ali'] },
    ]);
    expect(coverGaps(world, ['2027-01-05'], [])).toEqual([]);
  });
});
