// The drag preview (status-only fast path, board and batch) must never disagree with the full
// evaluation shown on drop. Cross-checked on randomized worlds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testWorld } from './test-world';
import { evaluatePlacement } from '../../../../shared/rules/evaluate';
import { PlanIndex } from '../../../../shared/rules/plan-index';
import { boardStatus, evaluateAllForDay } from '../../../../shared/rules/board';
import { statusName } from '../../../../shared/rules/status';
import { haversineTravel } from '../../../../shared/travel/haversine';
import { syntheticWorld, type SyntheticWorld } from './synthetic-world';

function smallWorld(seed: number, restriction: number): SyntheticWorld {
  return syntheticWorld({ seed, operatives: 6, jobs: 40, weekStart: '2027-03-22', diaryPerDay: 1.2, restriction });
}

// A slow road model makes days overrun, so shift, overtime and window rules all fire.
const travel = haversineTravel({ speedKmh: 12 });
const seen = { ok: 0, warn: 0, blocked: 0 };

describe('fast path agrees with evaluatePlacement', () => {
  it('index.status, boardStatus and evaluateAllForDay match the full evaluation on every cell', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, restriction) => {
        const w = smallWorld(seed, restriction);
        const world = testWorld({ ...w, travel });
        const index = new PlanIndex(world, w.diary);
        // Unplaced jobs from the front, already-placed ones from the back (moves within the diary).
        const sample = [...w.jobs.slice(0, 6), ...w.jobs.slice(-6)];
        for (const job of sample) {
          const board = boardStatus(index, job, w.operatives, w.dates);
          w.operatives.forEach((op, o) =>
            w.dates.forEach((date, d) => {
              const full = evaluatePlacement(job, op, date, world, w.diary).status;
              seen[full]++;
              expect(statusName(index.status(job, op, date)), `${job.ref} on ${op.id} ${date}`).toBe(full);
              expect(board.at(o, d)).toBe(full);
            }),
          );
        }
        for (const date of [w.dates[0]!, w.dates[5]!]) {
          const all = evaluateAllForDay(w.jobs, w.operatives, date, world, w.diary);
          w.jobs.forEach((job, j) =>
            w.operatives.forEach((op, o) => expect(all.at(j, o)).toBe(evaluatePlacement(job, op, date, world, w.diary).status)),
          );
        }
      }),
      { numRuns: 25 },
    );
    // The worlds must exercise every outcome, or the agreement above proves little.
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.warn).toBeGreaterThan(0);
    expect(seen.blocked).toBeGreaterThan(0);
  });

  it('agrees for insertions at any index, booked starts and overtime allowances', () => {
    const cell = fc.record({
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      job: fc.nat(39),
      op: fc.nat(5),
      day: fc.nat(6),
      index: fc.option(fc.nat(5), { nil: undefined }),
      fixedStart: fc.option(fc.constantFrom(null, '09:00', '12:30', '15:00'), { nil: undefined }),
      overtimeMin: fc.option(fc.constantFrom(0, 30, 60, 120), { nil: undefined }),
    });
    fc.assert(
      fc.property(cell, (c) => {
        const w = smallWorld(c.seed, 0.7);
        const world = testWorld({ ...w, travel });
        const job = w.jobs[c.job]!;
        const op = w.operatives[c.op]!;
        const date = w.dates[c.day]!;
        const opts = { index: c.index, fixedStart: c.fixedStart, overtimeMin: c.overtimeMin };
        const full = evaluatePlacement(job, op, date, world, w.diary, opts);
        expect(statusName(new PlanIndex(world, w.diary).status(job, op, date, opts))).toBe(full.status);
        // And the status is exactly what the violations say.
        const hard = full.violations.some((v) => v.severity === 'hard');
        expect(full.status).toBe(hard ? 'blocked' : full.violations.length ? 'warn' : 'ok');
      }),
      { numRuns: 300 },
    );
  });
});
