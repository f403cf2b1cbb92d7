import { describe, expect, it } from 'vitest';
import { TUE, entry, job, operative, place, violations } from './fixtures';

// Ali works 08:00–16:00; every journey takes 15 minutes in these worlds.
describe('shift-hours', () => {
  it('passes when the day, including the drive back, ends within the shift', () => {
    expect(violations('shift-hours', { job: job({ duration_min: 450 }) })).toEqual([]); // back 16:00
  });

  it('blocks beyond shift plus allowance, naming work, travel (with return leg) and the shift', () => {
    const a = job({ duration_min: 180 });
    const b = job({ duration_min: 180 });
    const c = job({ duration_min: 160 }); // work 8 h 40, travel 4 × 15 = 1 h, back 17:40
    const [v] = violations('shift-hours', { job: c, world: { jobs: [a, b] }, diary: [entry(a.ref, 0), entry(b.ref, 1)] });
    expect(v).toEqual({
      ruleId: 'shift-hours',
      severity: 'hard',
      reason: "Work 8 h 40 + travel 1 h (incl. 15 min back to base) runs to 17:40, beyond Ali's 08:00–16:00 shift plus 60 min overtime",
    });
  });

  it('counts the return leg: the job itself fits, the drive home does not', () => {
    // 08:15–17:00 on site, back at 17:15: 75 min past a 16:00 end.
    expect(violations('shift-hours', { job: job({ duration_min: 525 }) })).toHaveLength(1);
  });

  it('counts waiting for a window and says so', () => {
    const late = job({ window: '15:30-17:00', duration_min: 90 }); // arrive 08:15, wait to 15:30, back 17:15
    expect(violations('shift-hours', { job: late })[0]?.reason).toBe(
      "Work 1 h 30 + travel 30 min (incl. 15 min back to base) + waiting 7 h 15 runs to 17:15, beyond Ali's 08:00–16:00 shift plus 60 min overtime",
    );
  });

  it('uses the allowance from the world or the call', () => {
    const j = job({ duration_min: 480 }); // back 16:30
    expect(violations('shift-hours', { job: j })).toEqual([]);
    expect(violations('shift-hours', { job: j, world: { overtimeMin: 15 } })).toHaveLength(1);
    expect(violations('shift-hours', { job: j, opts: { overtimeMin: 0 } })[0]?.reason).toMatch(/with no overtime allowed$/);
  });

  it('uses the operative name and shift', () => {
    const bea = operative({ name: 'Bea', shift_start: '07:00', shift_end: '15:30' });
    const [v] = violations('shift-hours', { job: job({ duration_min: 600 }), operative: bea, date: TUE });
    expect(v?.reason).toContain("beyond Bea's 07:00–15:30 shift");
    expect(place({ job: job({ duration_min: 600 }), operative: bea }).status).toBe('blocked');
  });
});
