// Capacity against demand on a small case worked out by hand (Mon 4 – Fri 8 Jan 2027).
import { describe, expect, it } from 'vitest';
import { computeCapacity, spreadDemand } from '../../../../shared/coverage';
import { testWorld } from '../rules/test-world';
import type { Flag } from '../../../../shared/domain/types';
import { entry, flagOn, job, operative, skills } from '../rules/fixtures';
import { override } from '../roster/helpers';

// GAS: Ali 8 h/day (off Thu by override, 10 h Fri); Bea 4 h (absent Wed); Cal 8 h but on reduced
// duties for GAS until Tue. PLUMB: Bea 4 h; Dan 8 h, restricted to area LS6.
const ali = operative({ id: 'ali', name: 'Ali', trades: [{ trade: 'GAS', proficiency: 3 }] });
const bea = operative({ id: 'bea', name: 'Bea', shift_end: '12:00', trades: skills({ GAS: 2, PLUMB: 3 }) });
const cal = operative({ id: 'cal', name: 'Cal', trades: [{ trade: 'GAS', proficiency: 3 }] });
const dan = operative({
  id: 'dan',
  name: 'Dan',
  shift_start: '07:00',
  shift_end: '15:00',
  trades: [{ trade: 'PLUMB', proficiency: 2 }],
  areas: ['LS6'],
});
const flag = (f: Partial<Flag>): Flag => flagOn('cal', 'REDUCED_DUTIES', { until: '2027-01-05', owner: 'Sup', ...f });

const gas = (over: Parameters<typeof job>[0]) => job({ trade: 'GAS', area: 'LS6', ...over });
const P1 = gas({ ref: 'P1', duration_min: 600 });
const P2 = gas({ ref: 'P2', duration_min: 240 });
const P3 = gas({ ref: 'P3', duration_min: 900 });
const U1 = gas({ ref: 'U1', priority: 'URGENT', raised_at: '2026-12-30T09:00', duration_min: 480 }); // due Thu 7 Jan: 2 h/day Mon–Thu
const U2 = gas({ ref: 'U2', priority: 'EMERGENCY', raised_at: '2027-01-01T10:00', duration_min: 180 }); // due Sat 2 Jan, passed: 3 h on Mon
const U3 = gas({ ref: 'U3', priority: 'ROUTINE', raised_at: '2027-01-06T10:00', duration_min: 1260 }); // due Wed 3 Feb: 21 working days, 1 h each
const U4 = job({ ref: 'U4', trade: 'PLUMB', area: 'LS9', priority: 'URGENT', raised_at: '2027-01-07T10:00', duration_min: 360 }); // due Thu 14: 6 days, 1 h each
const done = gas({ ref: 'D1', status: 'done', duration_min: 6000 });
const later = gas({ ref: 'L1', raised_at: '2027-01-10T10:00', duration_min: 6000 });

const world = testWorld({
  operatives: [ali, bea, cal, dan],
  jobs: [P1, P2, P3, U1, U2, U3, U4, done, later],
  absences: [{ operative_id: 'bea', from: '2027-01-06', to: '2027-01-06', reason: 'Flu', kind: 'sickness' }],
  flags: [flag({}), flag({ flag: 'DO_NOT_SEND', scope: 'competence:HEIGHT', until: null })],
  roster: { days: [override('2027-01-07', 'off'), override('2027-01-08', 'work', '08:00', '18:00')] },
});
const diary = [
  entry('P1', 0, { operative_id: 'ali', date: '2027-01-05' }),
  entry('P2', 0, { operative_id: 'bea', date: '2027-01-05' }),
  entry('P3', 0, { operative_id: 'cal', date: '2027-01-07' }),
];
const h = (min: number) => Math.round((min / 60) * 100) / 100;

describe('capacity against demand', () => {
  const c = computeCapacity(world, diary, { from: '2027-01-04', to: '2027-01-08' });
  const trade = (t: string) => c.trades.find((x) => x.trade === t)!;

  it('hours available: roster shift lengths, less absences and trade-scoped reduced duties', () => {
    expect(trade('GAS').days.map((d) => h(d.available_min))).toEqual([12, 12, 16, 12, 22]);
    expect(trade('PLUMB').days.map((d) => h(d.available_min))).toEqual([12, 12, 8, 12, 12]);
  });

  it('hours due: placed jobs on their day plus unplaced jobs spread to their deadline', () => {
    const g = trade('GAS').days;
    expect(g.map((d) => h(d.placed_min))).toEqual([0, 14, 0, 15, 0]);
    expect(g.map((d) => h(d.spread_min))).toEqual([5, 2, 3, 3, 1]);
    expect(g.map((d) => h(d.demanded_min))).toEqual([5, 16, 3, 18, 1]);
    expect(trade('PLUMB').days.map((d) => h(d.demanded_min))).toEqual([0, 0, 0, 1, 1]);
  });

  it('shortfalls, jobs at risk and the plain summary', () => {
    const g = trade('GAS');
    expect(g.days.map((d) => h(d.shortfall_min))).toEqual([0, 4, 0, 6, 0]);
    expect(h(g.shortfall_min)).toBe(10);
    expect(g.days[1]!.at_risk).toEqual(['U2']);
    expect(g.days[3]!.at_risk).toEqual(['U2', 'U1']);
    expect(g.at_risk.map((j) => j.ref)).toEqual(['U2', 'U1']);
    expect(g.summary).toBe('GAS short by 4 h on Tue 5 Jan and 6 h on Thu 7 Jan; 1 EMERGENCY and 1 URGENT jobs at risk');
    expect(trade('PLUMB').summary).toBe('PLUMB: enough hours every day (56 h available, 2 h due)');
  });

  it('an area narrows both sides: operatives who may work there, jobs there', () => {
    const ls9 = computeCapacity(world, diary, { from: '2027-01-04', to: '2027-01-08', area: 'LS9' });
    const plumb = ls9.trades.find((t) => t.trade === 'PLUMB')!;
    expect(plumb.days.map((d) => h(d.available_min))).toEqual([4, 4, 0, 4, 4]); // Dan is restricted to LS6
    expect(plumb.days.map((d) => h(d.demanded_min))).toEqual([0, 0, 0, 1, 1]);
    expect(ls9.trades.find((t) => t.trade === 'GAS')!.days.every((d) => d.demanded_min === 0)).toBe(true);
  });

  it('a day’s spread does not depend on where the range ends', () => {
    const week = computeCapacity(world, diary, { from: '2027-01-04', to: '2027-01-08' });
    const twoDays = computeCapacity(world, diary, { from: '2027-01-04', to: '2027-01-05' });
    const spread = (x: typeof week) =>
      x.trades
        .find((t) => t.trade === 'GAS')!
        .days.slice(0, 2)
        .map((d) => d.spread_min);
    expect(spread(twoDays)).toEqual(spread(week));
  });

  it('spreading: a deadline already passed lands on the first day; no working day in the span spreads over the days there are', () => {
    const isWorking = (d: string) => !['2027-01-09', '2027-01-10'].includes(d);
    expect(spreadDemand(U2, '2027-01-02T10:00', '2027-01-04', '2027-01-08', isWorking)).toEqual([{ date: '2027-01-04', min: 180 }]);
    const weekend = job({ raised_at: '2027-01-09T08:00', duration_min: 120 });
    expect(spreadDemand(weekend, '2027-01-10T08:00', '2027-01-04', '2027-01-10', isWorking)).toEqual([
      { date: '2027-01-09', min: 60 },
      { date: '2027-01-10', min: 60 },
    ]);
    expect(spreadDemand(weekend, null, '2027-01-04', '2027-01-08', isWorking)).toEqual([]); // raised after the range
  });
});
