import { describe, expect, it } from 'vitest';
import { dayUse, slaRiskByPriority, slaRiskOf } from '../../../../shared/charts';

describe('dayUse', () => {
  it('splits the shift into work, travel and idle; an empty day is all idle', () => {
    expect(dayUse({ visits: [], work_min: 0, travel_min: 0, shift_min: 480, overrun_min: 0 })).toEqual({
      work_min: 0,
      travel_min: 0,
      idle_min: 480,
      overrun_min: 0,
    });
    const busy = { visits: [{}] as never, work_min: 300, travel_min: 90, shift_min: 480, overrun_min: 0 };
    expect(dayUse(busy)).toEqual({ work_min: 300, travel_min: 90, idle_min: 90, overrun_min: 0 });
    expect(dayUse({ ...busy, work_min: 450, overrun_min: 60 })).toMatchObject({ idle_min: 0, overrun_min: 60 });
  });
});

describe('SLA risk', () => {
  it('classifies open work and counts it per priority', () => {
    expect(slaRiskOf({ priority: 'P', deadline_abs: null, finish_abs: 5 }, 10)).toBe('no_sla');
    expect(slaRiskOf({ priority: 'P', deadline_abs: 9, finish_abs: null }, 10)).toBe('overdue');
    expect(slaRiskOf({ priority: 'P', deadline_abs: 20, finish_abs: null }, 10)).toBe('unscheduled');
    expect(slaRiskOf({ priority: 'P', deadline_abs: 20, finish_abs: 21 }, 10)).toBe('late');
    expect(slaRiskOf({ priority: 'P', deadline_abs: 20, finish_abs: 20 }, 10)).toBe('on_track');
    const rows = slaRiskByPriority(
      [
        { priority: 'URGENT', deadline_abs: 20, finish_abs: 25 },
        { priority: 'EMERGENCY', deadline_abs: 5, finish_abs: null },
        { priority: 'URGENT', deadline_abs: 20, finish_abs: null },
      ],
      10,
      ['EMERGENCY', 'URGENT', 'ROUTINE'],
    );
    expect(rows).toEqual([
      { priority: 'EMERGENCY', overdue: 1, late: 0, unscheduled: 0, on_track: 0, no_sla: 0 },
      { priority: 'URGENT', overdue: 0, late: 1, unscheduled: 1, on_track: 0, no_sla: 0 },
    ]);
  });
});
