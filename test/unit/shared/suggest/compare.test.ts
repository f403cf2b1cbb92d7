import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSuggestions, type Suggestion } from '../../../../shared/suggest';

const s = (id: string, start_abs: number, travel_min: number, knock: number): Suggestion => ({
  operative_id: id,
  date: '2027-01-04',
  start: '08:00',
  end: '09:00',
  index: 0,
  booked_start: null,
  travel_min,
  knock_on: Array.from({ length: knock }, (_, i) => `J-${i}`),
  warnings: [],
  start_abs,
});

describe('compareSuggestions (best first)', () => {
  it('earliest arrival first, then least added travel, then least knock-on', () => {
    const list = [s('d', 600, 5, 0), s('c', 500, 20, 0), s('b', 500, 10, 2), s('a', 500, 10, 1)];
    expect(list.sort(compareSuggestions).map((x) => x.operative_id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is a total order consistent with the three keys', () => {
    const arb = fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), t: fc.nat(2000), tr: fc.nat(90), k: fc.nat(3) });
    fc.assert(
      fc.property(fc.array(arb, { minLength: 2, maxLength: 20 }), (xs) => {
        const sorted = xs.map((x) => s(x.id, x.t, x.tr, x.k)).sort(compareSuggestions);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          const key = (x: Suggestion) => [x.start_abs, x.travel_min, x.knock_on.length] as const;
          const [ka, kb] = [key(a), key(b)];
          const le = ka[0] < kb[0] || (ka[0] === kb[0] && (ka[1] < kb[1] || (ka[1] === kb[1] && ka[2] <= kb[2])));
          expect(le).toBe(true);
        }
      }),
    );
  });
});
