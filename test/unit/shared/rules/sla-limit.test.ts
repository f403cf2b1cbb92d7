import { describe, expect, it } from 'vitest';
import { addDays, formatHHMM } from '../../../../shared/calendar/dates';
import { isBreached } from '../../../../shared/sla/deadline';
import { slaLatestFinishMin } from '../../../../shared/rules/sla-limit';

/** Brute force over a three-day horizon: the minute before the first breached finish. */
function bruteForce(deadline: string, date: string): number {
  for (let m = 0; m < 3 * 1440; m++) {
    const day = Math.floor(m / 1440);
    if (isBreached(deadline, addDays(date, day), formatHHMM(m % 1440))) return m === 0 ? -Infinity : m - 1;
  }
  return Infinity;
}

describe('slaLatestFinishMin', () => {
  it('is the deadline minute on the day, or the next days', () => {
    expect(slaLatestFinishMin('2027-01-05T14:30', '2027-01-05')).toBe(870);
    expect(slaLatestFinishMin('2027-01-06T08:00', '2027-01-05')).toBe(1440 + 480);
  });

  it('is −∞ for a deadline already past and +∞ beyond the horizon or with no deadline', () => {
    expect(slaLatestFinishMin('2027-01-04T23:59', '2027-01-05')).toBe(-Infinity);
    expect(slaLatestFinishMin('2027-01-20T23:59', '2027-01-05')).toBe(Infinity);
    expect(slaLatestFinishMin(null, '2027-01-05')).toBe(Infinity);
  });

  it('agrees with isBreached minute by minute, including clock-change days', () => {
    const cases: [string, string][] = [
      ['2027-01-05T14:30', '2027-01-05'],
      ['2027-01-06T00:00', '2027-01-05'],
      // Skipped hour (BST starts): wall 01:31–01:59 reads as 02:31–02:59 BST, after the deadline,
      // while 02:00–02:30 reads earlier again. The limit stops at the first breach: a finish
      // planned inside the gap is warned, which is the safe reading of a clock that jumps.
      ['2027-03-28T01:30', '2027-03-28'],
      ['2027-03-28T03:00', '2027-03-27'],
      ['2027-10-31T01:30', '2027-10-31'], // repeated hour (BST ends)
      ['2027-10-31T01:30', '2027-10-30'],
    ];
    for (const [deadline, date] of cases)
      expect(slaLatestFinishMin(deadline, date), `${deadline} from ${date}`).toBe(bruteForce(deadline, date));
  });
});
