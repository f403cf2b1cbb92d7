// The history's stored form: an update keeps its before-image and only the columns it changed,
// and every step reads back exactly as it was recorded — including steps stored before this form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RowChange } from '../../../electron/backend/store/change-recorder';
import { decodeChanges, encodeChanges } from '../../../electron/backend/store/history-codec';

const cell = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 8 }));
const row = fc.dictionary(fc.constantFrom('ref', 'status', 'notes', 'lat', 'version'), cell, { minKeys: 1 });
const change: fc.Arbitrary<RowChange> = fc.oneof(
  row.map((a) => ({ t: 'jobs' as const, b: null, a })),
  row.map((b) => ({ t: 'jobs' as const, b, a: null })),
  fc
    .tuple(row, fc.dictionary(fc.constantFrom('status', 'notes', 'version'), cell))
    .map(([b, patch]) => ({ t: 'jobs' as const, b, a: { ...b, ...patch } })),
);

describe('history codec', () => {
  it('reads back every recorded change exactly', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 20 }), (changes) => {
        expect(decodeChanges(encodeChanges(changes))).toEqual(changes);
      }),
    );
  });

  it('stores an update as its before-image and the changed columns only', () => {
    const b = { ref: 'J-1', status: 'OPEN', notes: 'x'.repeat(500) };
    const stored = encodeChanges([{ t: 'jobs', b, a: { ...b, status: 'DONE' } }]);
    expect(JSON.parse(stored)).toEqual([{ t: 'jobs', b, d: { status: 'DONE' } }]);
    expect(stored.length).toBeLessThan(600);
  });

  it('reads steps stored before, with full after-images', () => {
    const old: RowChange[] = [
      { t: 'jobs', b: { ref: 'J-1', status: 'OPEN' }, a: { ref: 'J-1', status: 'DONE' } },
      { t: 'diary_entries', b: null, a: { job_ref: 'J-1' } },
    ];
    expect(decodeChanges(JSON.stringify(old))).toEqual(old);
  });
});
