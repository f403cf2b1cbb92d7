import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendToDayPlan, computeDayPlan, type DayJob } from '../../../../shared/plan/day-plan';
import { haversineTravel } from '../../../../shared/travel/haversine';
import { fixedTravel, job, operative, TUE } from '../rules/fixtures';

const ali = operative(); // 08:00–16:00
const t15 = fixedTravel(15);

describe('computeDayPlan', () => {
  it('an empty day is an empty shift', () => {
    const p = computeDayPlan(ali, TUE, [], t15);
    expect(p).toMatchObject({
      visits: [],
      work_min: 0,
      travel_min: 0,
      shift_min: 480,
      fill_ratio: 0,
      last_end_min: 480,
      day_end_min: 480,
      overrun_min: 0,
    });
  });

  it('times each visit from the previous one, starting from the start location', () => {
    const a = job({ duration_min: 60 });
    const b = job({ duration_min: 90 });
    const p = computeDayPlan(ali, TUE, [{ job: a }, { job: b }], t15);
    expect(p.visits.map((v) => [v.ref, v.travel_min, v.arrival_min, v.start_min, v.end_min, v.waiting_min])).toEqual([
      [a.ref, 15, 495, 495, 555, 0], // 08:15–09:15
      [b.ref, 15, 570, 570, 660, 0], // 09:30–11:00
    ]);
  });

  it('includes the return leg in travel and day end (decision: the drive home is on the clock)', () => {
    const p = computeDayPlan(ali, TUE, [{ job: job({ duration_min: 60 }) }], t15);
    expect(p).toMatchObject({ return_travel_min: 15, travel_min: 30, last_end_min: 555, day_end_min: 570, work_min: 60 });
    expect(p.fill_ratio).toBeCloseTo(90 / 480, 12);
  });

  it('waits for the window start and for a booked start', () => {
    const pm = job({ window: 'PM', duration_min: 60 });
    const booked = job({ duration_min: 30 });
    const p = computeDayPlan(ali, TUE, [{ job: pm }, { job: booked, fixedStart: '14:00' }], t15);
    expect(p.visits[0]).toMatchObject({ arrival_min: 495, start_min: 720, waiting_min: 225 });
    expect(p.visits[1]).toMatchObject({ arrival_min: 795, start_min: 840, waiting_min: 45, fixed_start_min: 840 });
    expect(p.waiting_min).toBe(270);
  });

  it('a booked start earlier than arrival does not pull the visit back', () => {
    const p = computeDayPlan(ali, TUE, [{ job: job({ duration_min: 120 }) }, { job: job(), fixedStart: '09:00' }], t15);
    expect(p.visits[1]).toMatchObject({ arrival_min: 630, start_min: 630, waiting_min: 0 });
  });

  it('reports overrun past shift end', () => {
    const p = computeDayPlan(ali, TUE, [{ job: job({ duration_min: 480 }) }], t15);
    expect(p).toMatchObject({ day_end_min: 990, overrun_min: 30 });
  });

  it('handles a shift that crosses midnight', () => {
    const night = operative({ shift_start: '22:00', shift_end: '06:00' });
    const p = computeDayPlan(night, TUE, [{ job: job({ duration_min: 180 }) }], t15);
    expect(p.shift).toEqual({ start: 1320, end: 1800 });
    expect(p).toMatchObject({ shift_min: 480, last_end_min: 1515, day_end_min: 1530 });
  });

  it('uses the travel model for each leg', () => {
    const t = haversineTravel();
    const far = job({ lat: 51.6, lon: -0.1 });
    const p = computeDayPlan(ali, TUE, [{ job: far }], t);
    const leg = t.minutes({ lat: 51.5, lon: -0.1 }, far);
    expect(p.visits[0]!.travel_min).toBe(leg);
    expect(p.travel_min).toBe(2 * leg);
  });
});

describe('appendToDayPlan', () => {
  it('gives exactly what computeDayPlan gives for the longer sequence', () => {
    const t = haversineTravel();
    const dayJob = fc.record({
      job: fc.record({
        lat: fc.double({ min: 51.3, max: 51.7, noNaN: true }),
        lon: fc.double({ min: -0.4, max: 0.2, noNaN: true }),
        duration_min: fc.integer({ min: 1, max: 300 }),
        window: fc.constantFrom('AM', 'PM', 'ALL', '09:00-11:00', '13:30-16:00'),
      }),
      fixedStart: fc.option(fc.constantFrom('08:30', '10:00', '13:00', '15:45'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(dayJob, { maxLength: 6 }), dayJob, (before, extra) => {
        const mk = (d: typeof extra, i: number): DayJob => ({ job: job({ ref: `X-${i}`, ...d.job }), fixedStart: d.fixedStart });
        const seq = before.map(mk);
        const added = mk(extra, 99);
        const full = computeDayPlan(ali, TUE, [...seq, added], t);
        const inc = appendToDayPlan(computeDayPlan(ali, TUE, seq, t), added, t);
        expect(inc).toEqual(full);
      }),
    );
  });
});
