import { describe, expect, it } from 'vitest';
import { diffVersions, type FrozenEntry } from '../../../../shared/pack';

const e = (ref: string, operative_id: string, date: string, sequence: number, start: string, end: string): FrozenEntry => ({
  ref,
  operative_id,
  date,
  sequence,
  start: `${date}T${start}`,
  end: `${date}T${end}`,
});
const REF = { version: 1, manifest_sha256: 'a'.repeat(64), from: '2027-01-04', to: '2027-01-08' };

describe('diff between versions', () => {
  it('sorts every visit into added, removed, moved, re-timed or unchanged', () => {
    const prev = [
      e('J-1', 'OP-A', '2027-01-04', 0, '08:00', '09:00'),
      e('J-2', 'OP-A', '2027-01-04', 1, '09:30', '10:00'),
      e('J-3', 'OP-B', '2027-01-05', 0, '08:00', '09:00'),
      e('J-4', 'OP-B', '2027-01-05', 1, '10:00', '11:00'),
      e('J-9', 'OP-B', '2027-01-11', 0, '08:00', '09:00'), // outside the new range: still governed by v1
    ];
    const next = [
      e('J-1', 'OP-A', '2027-01-04', 0, '08:00', '09:00'),
      e('J-2', 'OP-A', '2027-01-04', 1, '10:30', '11:00'),
      e('J-3', 'OP-A', '2027-01-05', 0, '08:00', '09:00'),
      e('J-5', 'OP-B', '2027-01-06', 0, '08:00', '09:00'),
    ];
    const d = diffVersions({ ref: REF, entries: prev }, next, { from: '2027-01-04', to: '2027-01-08' });
    expect(d.summary).toEqual({ added: 1, removed: 1, moved: 1, retimed: 1, unchanged: 1 });
    expect(d.added.map((x) => x.ref)).toEqual(['J-5']);
    expect(d.removed.map((x) => x.ref)).toEqual(['J-4']);
    expect(d.moved[0]).toMatchObject({ ref: 'J-3', from: { operative_id: 'OP-B' }, to: { operative_id: 'OP-A' } });
    expect(d.retimed[0]).toMatchObject({ ref: 'J-2', from: { start: '2027-01-04T09:30' }, to: { start: '2027-01-04T10:30' } });
    expect(d.against).toEqual(REF);
  });

  it('the first version adds everything', () => {
    const d = diffVersions(null, [e('J-1', 'OP-A', '2027-01-04', 0, '08:00', '09:00')], { from: '2027-01-04', to: '2027-01-04' });
    expect(d.against).toBeNull();
    expect(d.summary.added).toBe(1);
  });
});
