// The rule engine reads the resolved roster: working day, shift hours, overtime, ALL windows and
// the day plan's shift bounds all follow patterns and per-day overrides. Without roster data
// behaviour is unchanged (the other rule tests). The fast path still agrees with the full one.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RosterOverride, RosterPattern } from '../../../../shared/roster';
import { evaluatePlacement } from '../../../../shared/rules/evaluate';
import { PlanIndex } from '../../../../shared/rules/plan-index';
import { statusName } from '../../../../shared/rules/status';
import { testWorld } from './test-world';
import { haversineTravel } from '../../../../shared/travel/haversine';
import { TUE, fixedTravel, job, operative, place, violations } from './fixtures';
import { mulberry32, syntheticWorld } from './synthetic-world';
import { override } from '../roster/helpers';

const roster = (days: RosterOverride[], patterns: RosterPattern[] = []) => ({ roster: { days, patterns } });

describe('working-day honours the roster', () => {
  it('an explicit override puts an operative on for a bank holiday; without it the holiday blocks', () => {
    const j = job({ raised_at: '2027-03-24T09:00' });
    expect(violations('working-day', { job: j, date: '2027-03-29' })[0]?.reason).toBe('29 Mar 2027 is a bank holiday (Easter Monday)');
    const r = place({ job: j, date: '2027-03-29', world: roster([override('2027-03-29', 'work', '09:00', '13:00')]) });
    expect(r.violations.filter((v) => v.ruleId === 'working-day')).toEqual([]);
    expect(r.status).toBe('ok');
  });

  it('an override puts a Mon–Fri worker on for a Saturday, or takes a weekday off', () => {
    expect(place({ job: job(), date: '2027-01-09', world: roster([override('2027-01-09', 'work', '08:00', '12:00')]) }).status).toBe('ok');
    expect(violations('working-day', { job: job(), world: roster([override(TUE, 'off')]) })).toEqual([
      { ruleId: 'working-day', severity: 'hard', reason: 'Ali is rostered off on 5 Jan 2027 (roster override)' },
    ]);
    expect(violations('working-day', { job: job(), world: roster([override(TUE, 'on_call')]) })[0]?.reason).toBe(
      'Ali is only on call on 5 Jan 2027 (roster override), not rostered to work',
    );
  });

  it('names the weekly pattern or rotation that has the operative off', () => {
    const OFF = { work: 'off' as const, on_call: null };
    const weekly: RosterPattern = {
      id: 1,
      operative_id: 'ali',
      name: 'Short week',
      kind: 'weekly',
      anchor: '2027-01-04',
      from: '2027-01-04',
      to: null,
      days: [OFF, OFF, OFF, OFF, OFF, OFF, OFF],
    };
    expect(violations('working-day', { job: job(), world: roster([], [weekly]) })[0]?.reason).toBe(
      'Ali does not work on Tuesdays (weekly pattern "Short week")',
    );
    const rota: RosterPattern = {
      ...weekly,
      id: 2,
      name: '4 on 4 off',
      kind: 'rotation',
      anchor: '2027-01-01',
      days: [{ work: null, on_call: null }, ...Array.from({ length: 7 }, () => OFF)],
    };
    expect(violations('working-day', { job: job(), world: roster([], [rota]) })[0]?.reason).toBe(
      'Ali is off on 5 Jan 2027 in the rotation "4 on 4 off"',
    );
  });
});

describe('shift rules and the day plan use the rostered hours', () => {
  const short = roster([override(TUE, 'work', '08:00', '12:00')]);

  it('shift-hours blocks beyond the rostered end plus allowance, naming the rostered shift', () => {
    const [v] = violations('shift-hours', { job: job({ duration_min: 300 }), world: short }); // 08:15–13:15, home 13:30
    expect(v?.reason).toBe(
      "Work 5 h + travel 30 min (incl. 15 min back to base) runs to 13:30, beyond Ali's 08:00–12:00 shift plus 60 min overtime",
    );
  });

  it('overtime warns past the rostered end', () => {
    expect(violations('overtime', { job: job({ duration_min: 240 }), world: short })[0]?.reason).toBe(
      "Ali's day would end at 12:30 back at base, 30 min past the 12:00 shift end (within the 60 min overtime allowance)",
    );
  });

  it('an ALL window is the rostered shift; the plan starts at the rostered start', () => {
    const late = roster([override(TUE, 'work', '13:00', '17:00')]);
    const r = place({ job: job({ window: 'ALL', duration_min: 60 }), world: late });
    expect(r.plan.shift).toEqual({ start: 780, end: 1020 });
    expect(r.visit.window).toMatchObject({ kind: 'ALL', start: 780, end: 1020 });
    expect(r.visit.start_min).toBe(13 * 60 + 15);
    // A PM job in a 06:00–11:00 shift waits for its window and so runs past the shift.
    const early = roster([override(TUE, 'work', '06:00', '11:00')]);
    expect(place({ job: job({ window: 'PM', duration_min: 60 }), world: early }).violations.map((v) => v.ruleId)).toContain('shift-hours');
  });

  it('an overnight rostered shift runs past midnight in the plan', () => {
    const night = roster([override(TUE, 'work', '22:00', '06:00', true)]);
    const world = testWorld({ operatives: [operative()], travel: fixedTravel(15), ...night });
    const plan = new PlanIndex(world).basePlan(operative(), TUE);
    expect(plan.shift).toEqual({ start: 1320, end: 1800 });
    expect(place({ job: job({ duration_min: 420 }), world: night }).status).toBe('ok'); // 22:15–05:15, home 05:30
  });
});

describe('fast path agrees with the full evaluation under a roster', () => {
  it('index.status matches evaluatePlacement with random overrides and rotations', () => {
    const travel = haversineTravel({ speedKmh: 12 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const w = syntheticWorld({ seed, operatives: 5, jobs: 30, weekStart: '2027-03-22', diaryPerDay: 1, restriction: 0.5 });
        const rnd = mulberry32(seed);
        const days: RosterOverride[] = [];
        const patterns: RosterPattern[] = [];
        for (const op of w.operatives) {
          if (rnd() < 0.5)
            patterns.push({
              id: patterns.length + 1,
              operative_id: op.id,
              name: 'Rota',
              kind: 'rotation',
              anchor: w.dates[0]!,
              from: w.dates[0]!,
              to: null,
              days: [
                { work: { start: '06:00', end: '14:00', overnight: false }, on_call: true },
                { work: 'off', on_call: null },
                { work: null, on_call: null },
              ],
            });
          for (const date of w.dates) {
            const r = rnd();
            if (r < 0.15) days.push(override(date, 'off', null, null, false, op.id));
            else if (r < 0.3) days.push(override(date, 'work', '10:00', '13:00', false, op.id));
            else if (r < 0.4) days.push(override(date, 'work', '20:00', '04:00', true, op.id));
          }
        }
        const world = testWorld({ ...w, travel, roster: { days, patterns } });
        const index = new PlanIndex(world, w.diary);
        for (const job of w.jobs.slice(0, 8)) {
          for (const op of w.operatives) {
            for (const date of w.dates)
              expect(statusName(index.status(job, op, date))).toBe(evaluatePlacement(job, op, date, world, w.diary).status);
          }
        }
      }),
      { numRuns: 15 },
    );
  });
});
