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

// Runs of alike changes (inserts with the same columns, partial updates of one column) as a bulk import writes them.
const insertRun = fc.tuple(fc.integer({ min: 8, max: 40 }), cell, cell).map(([n, shared, other]): RowChange[] =>
  Array.from({ length: n }, (_, i) => ({
    t: 'actuals' as const,
    b: null,
    a: { id: i, ref: `J-${i}`, source: shared, notes: i % 3 ? other : 'x' },
  })),
);
const patchRun = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('open', 'done'), cell).map(([n, was, set]): RowChange[] =>
  Array.from({ length: n }, (_, i) => ({
    t: 'jobs' as const,
    b: { ref: `J-${i}`, status: was },
    a: { ref: `J-${i}`, status: i % 2 ? set : 'done' },
    p: true,
  })),
);
const step = fc
  .array(
    fc.oneof(
      change.map((c) => [c]),
      insertRun,
      patchRun,
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.flat());

describe('history codec', () => {
  it('reads back runs of inserts and partial updates exactly, mixed with single changes', () => {
    fc.assert(
      fc.property(step, (changes) => {
        expect(decodeChanges(encodeChanges(changes))).toEqual(changes);
      }),
    );
  });

  it('stores a run of inserts by column, with columns that hold one value once', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: i, ref: `J-${i}`, source: 'actuals.csv', recorded_by: 'user:sam' }));
    const stored = encodeChanges(rows.map((a) => ({ t: 'actuals', b: null, a })));
    expect(JSON.parse(stored)).toEqual([
      {
        t: 'actuals',
        n: 'i',
        c: ['id', 'ref', 'source', 'recorded_by'],
        k: { 2: 'actuals.csv', 3: 'user:sam' },
        r: rows.map((r) => [r.id, r.ref]),
      },
    ]);
  });

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
