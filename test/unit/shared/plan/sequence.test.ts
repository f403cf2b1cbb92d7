import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byDiaryOrder, dayJobsFromDiary, insertIntoSequence } from '../../../../shared/plan/sequence';
import { entry, job } from '../rules/fixtures';

const [a, b, c, d] = [job(), job(), job(), job()];
const day = [{ job: a }, { job: b }, { job: c }];
const refs = (xs: { job: { ref: string } }[]): string[] => xs.map((x) => x.job.ref);

describe('insertIntoSequence', () => {
  it('appends by default and accepts a bare job', () => {
    expect(refs(insertIntoSequence(day, d))).toEqual([a.ref, b.ref, c.ref, d.ref]);
  });

  it('inserts at an index, clamping out-of-range ones', () => {
    expect(refs(insertIntoSequence(day, d, 1))).toEqual([a.ref, d.ref, b.ref, c.ref]);
    expect(refs(insertIntoSequence(day, d, -3))).toEqual([d.ref, a.ref, b.ref, c.ref]);
    expect(refs(insertIntoSequence(day, d, 99))).toEqual([a.ref, b.ref, c.ref, d.ref]);
  });

  it('moves a job already in the day instead of duplicating it', () => {
    expect(refs(insertIntoSequence(day, { job: a, fixedStart: '13:00' }, 2))).toEqual([b.ref, c.ref, a.ref]);
    expect(insertIntoSequence(day, { job: a, fixedStart: '13:00' }, 2)[2]!.fixedStart).toBe('13:00');
  });

  it('does not change the input', () => {
    insertIntoSequence(day, d, 0);
    expect(refs(day)).toEqual([a.ref, b.ref, c.ref]);
  });
});

describe('dayJobsFromDiary', () => {
  it('orders by sequence, carries booked starts and drops unknown jobs', () => {
    const byRef = new Map([a, b, c].map((j) => [j.ref, j]));
    const out = dayJobsFromDiary([entry(c.ref, 2), entry(a.ref, 0, { start: '09:00' }), entry('GONE', 1), entry(b.ref, 1)], (r) =>
      byRef.get(r),
    );
    expect(refs(out)).toEqual([a.ref, b.ref, c.ref]);
    expect(out[0]!.fixedStart).toBe('09:00');
  });
});

describe('byDiaryOrder', () => {
  it('reads the diary by date, then operative, then place in the day', () => {
    const slot = fc.record({
      date: fc.constantFrom('2027-01-04', '2027-01-05', '2027-01-11'),
      operative_id: fc.constantFrom('OP-1', 'OP-10', 'OP-2'),
      sequence: fc.nat(5),
    });
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 30 }), (xs) => {
        const sorted = [...xs].sort(byDiaryOrder);
        const key = (x: (typeof xs)[number]) => `${x.date} ${x.operative_id.padEnd(5)} ${x.sequence}`;
        for (let i = 1; i < sorted.length; i++) expect(key(sorted[i - 1]!) <= key(sorted[i]!)).toBe(true);
      }),
    );
  });
});
