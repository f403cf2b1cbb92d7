// The version in force: the pack the operative worked from, never the live diary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { versionInForce, type VersionSpan } from '../../../../shared/actuals';

const spans: VersionSpan[] = [
  { version: 1, from: '2027-01-04', to: '2027-01-08' },
  { version: 2, from: '2027-01-06', to: '2027-01-08' }, // a republish of Wed–Fri
  { version: 3, from: '2027-01-11', to: '2027-01-15' },
];

describe('versionInForce', () => {
  it('uses the version written on the row, whatever the date', () => {
    expect(versionInForce(spans, '2027-01-07', 1)).toEqual({ ok: true, version: 1 });
    expect(versionInForce(spans, '2027-02-01', 3)).toEqual({ ok: true, version: 3 });
  });

  it('refuses a version that was never published, naming the latest', () => {
    expect(versionInForce(spans, '2027-01-07', 9)).toEqual({ ok: false, message: 'version 9 was never published (the latest is 3)' });
    expect(versionInForce([], '2027-01-07', 1)).toMatchObject({ ok: false, message: expect.stringMatching(/nothing is published yet/) });
  });

  it('with no version given, takes the latest version whose range covers the date', () => {
    expect(versionInForce(spans, '2027-01-05', null)).toEqual({ ok: true, version: 1 }); // only v1 covers Tuesday
    expect(versionInForce(spans, '2027-01-06', null)).toEqual({ ok: true, version: 2 }); // v2 republished Wednesday
    expect(versionInForce(spans, '2027-01-08', null)).toEqual({ ok: true, version: 2 }); // range ends are inclusive
    expect(versionInForce(spans, '2027-01-11', null)).toEqual({ ok: true, version: 3 });
  });

  it('says so when no published version covers the date', () => {
    const r = versionInForce(spans, '2027-01-09', null);
    expect(r).toEqual({
      ok: false,
      message: 'no published version covers 2027-01-09: publish the plan for that day first, or give the version the visit was worked from',
    });
  });

  it('never picks a version that does not cover the date, nor misses a later one that does (property)', () => {
    const day = fc.integer({ min: 0, max: 40 }).map((d) => new Date(Date.UTC(2027, 0, 1 + d)).toISOString().slice(0, 10));
    const span = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), day, (ranges, date) => {
        const list = ranges.map((r, i) => ({ version: i + 1, ...r }));
        const r = versionInForce(list, date, null);
        const covering = list.filter((s) => s.from <= date && date <= s.to).map((s) => s.version);
        if (covering.length === 0) return !r.ok;
        return r.ok && r.version === Math.max(...covering);
      }),
    );
  });
});
