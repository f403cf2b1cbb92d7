// Plan versus actual for one visit, the KPIs over many, and standard durations learned from them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actualsKpis, compareVisit, learnDurations, rollUp, type VisitInput } from '../../../../shared/actuals';

function input(over: Partial<VisitInput['actual']> = {}, rest: Partial<VisitInput> = {}): VisitInput {
  return {
    actual: {
      ref: 'J-1',
      version: 1,
      operative_id: 'OP-1',
      date: '2027-01-05',
      arrived: '09:00',
      left: '10:10',
      outcome: 'COMPLETED',
      reason: null,
      ...over,
    },
    planned: { operative_id: 'OP-1', date: '2027-01-05', start: '2027-01-05T08:30', end: '2027-01-05T09:30' },
    job: { trade: 'PLUMB', priority: 'ROUTINE', window: 'AM' },
    plannedShift: { shift_start: '08:00', shift_end: '16:30' },
    team: 'PLUMB',
    deadline: '2027-02-01T23:59',
    firstVisit: true,
    ...rest,
  };
}

describe('compareVisit', () => {
  it('compares start, duration and the appointment window', () => {
    const v = compareVisit(input());
    expect(v).toMatchObject({
      planned: { operative_id: 'OP-1', date: '2027-01-05', start: '08:30', end: '09:30', duration_min: 60, window: 'AM' },
      actual: { arrived: '09:00', left: '10:10', duration_min: 70 },
      start_delta_min: 30,
      duration_variance_min: 10,
      late_min: 0,
      punctual: true,
      within_sla: true,
      moved: false,
    });
  });

  it('measures lateness against the window’s end (AM = 08:00–12:00), also on another day', () => {
    expect(compareVisit(input({ arrived: '12:45', left: '13:30' }))).toMatchObject({ late_min: 45, punctual: false });
    expect(compareVisit(input({ arrived: '07:40', left: '08:30' }))).toMatchObject({ late_min: 0, punctual: false }); // early is not punctual
    expect(compareVisit(input({ date: '2027-01-06', arrived: '08:00', left: '09:00' }))).toMatchObject({ late_min: 20 * 60, moved: true });
  });

  it('reads an ALL window as the planned operative’s shift', () => {
    const all = { job: { trade: 'PLUMB', priority: 'ROUTINE', window: 'ALL' } };
    expect(compareVisit(input({ arrived: '16:00', left: '16:40' }, all))).toMatchObject({ late_min: 0, punctual: true });
    expect(compareVisit(input({ arrived: '16:45', left: '17:40' }, all))).toMatchObject({ late_min: 15, punctual: false });
  });

  it('judges SLA only for completed visits with a deadline', () => {
    expect(compareVisit(input({ date: '2027-02-02', arrived: '09:00', left: '10:00' })).within_sla).toBe(false);
    expect(compareVisit(input({ outcome: 'NO_ACCESS', reason: 'NO_ANSWER' })).within_sla).toBeNull();
    expect(compareVisit(input({}, { deadline: null })).within_sla).toBeNull();
  });
});

describe('actualsKpis', () => {
  const visits = [
    compareVisit(input({ ref: 'A' })),
    compareVisit(input({ ref: 'B', arrived: '12:30', left: '13:00' })),
    compareVisit(input({ ref: 'C', outcome: 'NO_ACCESS', reason: 'NO_ANSWER', left: '09:05' })),
    compareVisit(input({ ref: 'D', outcome: 'ABORTIVE', reason: 'UNSAFE' })),
    compareVisit(input({ ref: 'E', outcome: 'CANCELLED', reason: 'OTHER', arrived: null, left: null })),
    compareVisit(input({ ref: 'F' }, { job: { trade: 'GAS', priority: 'EMERGENCY', window: 'ALL' }, deadline: '2027-01-05T10:00' })),
    compareVisit(input({ ref: 'G' }, { firstVisit: false })),
  ];

  it('computes the rates over visits made (cancelled visits never happened)', () => {
    const k = actualsKpis(visits);
    expect(k).toMatchObject({ visits: 7, completed: 4, no_access: 1, abortive: 1, cancelled: 1 });
    expect(k.completion_rate).toBeCloseTo(4 / 6, 4);
    expect(k.no_access_rate).toBeCloseTo(1 / 6, 4);
    expect(k.abortive_rate).toBeCloseTo(1 / 6, 4);
    expect(k.first_visit_completion).toBeCloseTo(3 / 5, 4); // G was a revisit
    expect(k.late_visits).toBe(1);
    expect(k.punctuality).toBeCloseTo(5 / 6, 4);
  });

  it('splits SLA compliance by priority, and RP02-style into emergency and non-emergency', () => {
    const k = actualsKpis(visits);
    expect(k.within_sla_by_priority).toEqual({
      EMERGENCY: { completed: 1, within_target: 0, rate: 0 },
      ROUTINE: { completed: 3, within_target: 3, rate: 1 },
    });
    expect(k.rp02).toEqual({
      emergency: { completed: 1, within_target: 0, rate: 0 },
      non_emergency: { completed: 3, within_target: 3, rate: 1 },
    });
  });

  it('rolls up per key with the same counts as the KPIs', () => {
    const byTrade = rollUp(visits, (v) => v.trade);
    expect(byTrade.map((r) => [r.key, r.visits, r.completed, r.completion_rate])).toEqual([
      ['GAS', 1, 1, 1],
      ['PLUMB', 6, 3, 0.6],
    ]);
    expect(actualsKpis([]).completion_rate).toBeNull();
  });
});

describe('learnDurations', () => {
  const sample = (actual: number, planned = 60) => ({ trade: 'PLUMB', job_type: 'ROUTINE', planned_min: planned, actual_min: actual });

  it('suggests the median actual, rounded to 5 minutes, with sample size and interquartile spread', () => {
    const [s] = learnDurations([50, 70, 72, 80, 300].map((a) => sample(a)));
    expect(s).toMatchObject({
      trade: 'PLUMB',
      job_type: 'ROUTINE',
      samples: 5,
      median_min: 72,
      suggested_min: 70,
      p25_min: 70,
      p75_min: 80,
      spread_min: 10,
    });
    expect(s!.variance_mean_min).toBe(54.4);
  });

  it('suggests nothing from fewer than 5 visits', () => {
    expect(learnDurations([sample(90), sample(95)])[0]).toMatchObject({ samples: 2, suggested_min: null });
  });

  it('always suggests a multiple of 5 between the shortest and longest visit (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 5, max: 600 }), { minLength: 5, maxLength: 60 }), (actuals) => {
        const [s] = learnDurations(actuals.map((a) => sample(a)));
        const lo = Math.min(...actuals);
        const hi = Math.max(...actuals);
        return s!.suggested_min! % 5 === 0 && s!.suggested_min! >= Math.floor(lo / 5) * 5 && s!.suggested_min! <= Math.ceil(hi / 5) * 5;
      }),
    );
  });
});
