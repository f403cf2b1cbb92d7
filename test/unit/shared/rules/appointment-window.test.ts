import { describe, expect, it } from 'vitest';
import { entry, job, place, violations } from './fixtures';

describe('appointment-window', () => {
  it('passes when the job fits its window; early arrivals wait', () => {
    const pm = job({ window: 'PM', duration_min: 60 });
    expect(violations('appointment-window', { job: pm })).toEqual([]);
    expect(place({ job: pm }).visit).toMatchObject({ arrival_min: 8 * 60 + 15, start_min: 12 * 60, waiting_min: 225 });
  });

  it('ALL is left to the shift rules', () => {
    expect(violations('appointment-window', { job: job({ window: 'ALL', duration_min: 600 }) })).toEqual([]);
  });

  it('blocks finishing after the window end, naming start, finish and window', () => {
    const before = job({ duration_min: 180 }); // 08:15–11:15
    const am = job({ window: 'AM', duration_min: 60 }); // arrive 11:30, finish 12:30
    const [v] = violations('appointment-window', { job: am, world: { jobs: [before] }, diary: [entry(before.ref, 0)] });
    expect(v).toEqual({
      ruleId: 'appointment-window',
      severity: 'hard',
      reason: `${am.ref} would start at 11:30 and finish at 12:30, past the end of its AM window (08:00–12:00)`,
    });
  });

  it('blocks arriving after the window has closed', () => {
    const before = job({ duration_min: 240 }); // until 12:15
    const am = job({ window: 'AM', duration_min: 30 });
    expect(violations('appointment-window', { job: am, world: { jobs: [before] }, diary: [entry(before.ref, 0)] })[0]?.reason).toBe(
      `${am.ref} could not start until 12:30, after its AM window (08:00–12:00) closes`,
    );
  });

  it('names explicit windows and jobs longer than their window', () => {
    const long = job({ window: '09:00-11:00', duration_min: 150 });
    expect(violations('appointment-window', { job: long })[0]?.reason).toBe(
      `${long.ref} takes 2 h 30, longer than its appointment window 09:00–11:00`,
    );
  });

  it('mentions a booked start that pushes the job out', () => {
    const pm = job({ window: 'PM', duration_min: 60 });
    expect(violations('appointment-window', { job: pm, opts: { fixedStart: '16:30' } })[0]?.reason).toBe(
      `${pm.ref} would start at 16:30 (booked for 16:30) and finish at 17:30, past the end of its PM window (12:00–17:00)`,
    );
  });

  it('reports a knock-on: inserting early pushes a later job out of its window', () => {
    const am = job({ window: 'AM', duration_min: 60 });
    const big = job({ duration_min: 180 });
    const r = place({ job: big, world: { jobs: [am] }, diary: [entry(am.ref, 0)], opts: { index: 0 } });
    expect(r.violations).toEqual([
      {
        ruleId: 'appointment-window',
        severity: 'hard',
        reason: `Putting ${big.ref} here pushes ${am.ref} to 11:30–12:30, past the end of its AM window (08:00–12:00)`,
      },
    ]);
    // Appended instead, nothing moves.
    expect(violations('appointment-window', { job: big, world: { jobs: [am] }, diary: [entry(am.ref, 0)] })).toEqual([]);
  });

  it('does not blame the new job for a visit that was already outside its window', () => {
    const long = job({ duration_min: 300 });
    const am = job({ window: 'AM', duration_min: 60 }); // already late after the long job
    const small = job({ duration_min: 30 });
    const diary = [entry(long.ref, 0), entry(am.ref, 1)];
    expect(violations('appointment-window', { job: small, world: { jobs: [long, am] }, diary, opts: { index: 0 } })).toEqual([]);
  });
});
