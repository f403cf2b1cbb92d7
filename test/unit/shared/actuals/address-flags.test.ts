// Repeated-failure addresses: one address whatever the spelling; N failures within D days.
import { describe, expect, it } from 'vitest';
import { addressKey, failuresRaiseFlag, nextOwner } from '../../../../shared/actuals';

describe('address flags', () => {
  it('compares addresses ignoring case, punctuation and spacing', () => {
    expect(addressKey('12 Chapeltown Road, Leeds LS7 3AP')).toBe(addressKey('12  chapeltown road leeds ls7 3ap'));
    expect(addressKey('Flat 2, 12 Chapeltown Road')).not.toBe(addressKey('Flat 3, 12 Chapeltown Road'));
  });

  it('raises on 2 failures within 28 days (defaults), counting the window inclusively', () => {
    expect(failuresRaiseFlag([{ id: 1, date: '2027-01-01' }], 2, 28)).toBeNull();
    expect(
      failuresRaiseFlag(
        [
          { id: 1, date: '2027-01-01' },
          { id: 2, date: '2027-01-28' },
        ],
        2,
        28,
      ),
    ).toEqual([1, 2]); // 27 days apart
    expect(
      failuresRaiseFlag(
        [
          { id: 1, date: '2027-01-01' },
          { id: 2, date: '2027-01-29' },
        ],
        2,
        28,
      ),
    ).toBeNull(); // 28 days apart
  });

  it('finds N close together anywhere in a longer history, and covers them all', () => {
    const history = [
      { id: 4, date: '2027-03-02' },
      { id: 1, date: '2027-01-01' },
      { id: 3, date: '2027-03-01' },
      { id: 2, date: '2027-02-01' },
    ];
    expect(failuresRaiseFlag(history, 3, 28)).toBeNull();
    expect(failuresRaiseFlag(history, 3, 30)).toEqual([1, 2, 3, 4]);
    expect(failuresRaiseFlag(history, 2, 5)).toEqual([1, 2, 3, 4]);
  });

  it('escalates from the supervisor to the manager, and no further', () => {
    expect(nextOwner('supervisor')).toBe('manager');
    expect(nextOwner('manager')).toBeNull();
  });
});
