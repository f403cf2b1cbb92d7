// The diary objective's terms, each on its own: what it prices, by how much, and that the model
// the engine searches carries exactly those prices.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { job as fixtureJob } from '../rules/fixtures';
import type { Job } from '../../../../shared/domain/types';
import { MATRIX_RANK_MAX, matrixRank } from '../../../../shared/matrix/order';
import { PlanIndex, type PlanLookups } from '../../../../shared/rules/index';
import { testWorld } from '../rules/test-world';
import { buildModel } from '../../../../shared/solver/diary/build';
import {
  ASSIGNMENT_TERMS,
  OBJECTIVE_TERMS,
  matrixOrderTerm,
  overtimeTerm,
  slaBreachTerm,
  travelTerm,
  unplacedTerm,
  type AssignmentContext,
} from '../../../../shared/solver/diary/objective/index';
import { DEFAULT_WEIGHTS } from '../../../../shared/solver/diary/types';
import { DATES, tinyWorld } from './diary-fixtures';

const W = DEFAULT_WEIGHTS;
const job = (over: Partial<Job> = {}): Job =>
  fixtureJob({ ref: 'J1', address: '1 Test Street', lat: 51.5, lon: -0.1, priority: 'URGENT', raised_at: '2027-01-04T09:00', ...over });

/** Lookups where the SLA allows finishing by `latest` on every day. */
const lookups = (latest: number): PlanLookups => ({ placementOf: () => undefined, slaLatestFinish: () => latest, epochDay: () => 0 });
const at = (j: Job, over: Partial<AssignmentContext> = {}): AssignmentContext => ({
  job: j,
  date: '2027-01-05',
  dayIndex: 1,
  shift: { start: 480, end: 960 },
  lookups: lookups(Infinity),
  ...over,
});

describe('objective terms', () => {
  it('are named units with stable kebab-case ids, one term per concern, every scope covered', () => {
    const ids = OBJECTIVE_TERMS.map((t) => t.id);
    expect(ids).toEqual(['unplaced', 'sla-breach', 'matrix-order', 'travel', 'overtime']);
    for (const t of OBJECTIVE_TERMS) {
      expect(t.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(t.name.length).toBeGreaterThan(3);
      expect(t.description.length).toBeGreaterThan(20);
    }
    expect(new Set(OBJECTIVE_TERMS.map((t) => t.scope))).toEqual(new Set(['job', 'assignment', 'travel', 'overtime']));
  });

  describe('unplaced', () => {
    it('prices a job left out by its priority, most urgent dearest, unknown priorities at the default', () => {
      const cost = (priority: string) => unplacedTerm.cost({ job: job({ priority }) }, W);
      expect(cost('EMERGENCY')).toBeGreaterThan(cost('URGENT'));
      expect(cost('URGENT')).toBeGreaterThan(cost('ROUTINE'));
      expect(cost('ROUTINE')).toBeGreaterThan(cost('PLANNED'));
      expect(cost('SOMEDAY')).toBe(W.unplacedOther);
      expect(unplacedTerm.weight(W, job({ priority: 'ROUTINE' }))).toBe(cost('ROUTINE'));
      // Never traded for travel: dearer than a full week on the road.
      expect(cost('PLANNED')).toBeGreaterThan(travelTerm.cost({ minutes: 7 * 24 * 60 }, W));
    });
  });

  describe('sla-breach', () => {
    it('costs the priority’s breach price on a day the job cannot finish in time even first thing, else nothing', () => {
      const j = job({ priority: 'EMERGENCY', duration_min: 90 });
      expect(slaBreachTerm.cost(at(j, { lookups: lookups(480 + 90) }), W)).toBe(0); // just in time
      expect(slaBreachTerm.cost(at(j, { lookups: lookups(480 + 89) }), W)).toBe(W.slaBreach.EMERGENCY);
      expect(slaBreachTerm.cost(at(job({ priority: 'X' }), { lookups: lookups(0) }), W)).toBe(W.slaOther);
      expect(slaBreachTerm.cost(at(j, { lookups: lookups(-Infinity) }), W)).toBe(slaBreachTerm.weight(W, j));
    });
  });

  describe('matrix-order', () => {
    // Day indices of the longest range the scheduler plans (31 days: task-input.ts).
    it('grows by day for work the impact/effort matrix puts first, and stays a tie-break: about a minute of travel at most', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 0, max: 30 }),
          (impact, effort, day) => {
            const j = job({ impact, effort });
            const cost = matrixOrderTerm.cost(at(j, { dayIndex: day }), W);
            expect(cost).toBeCloseTo((MATRIX_RANK_MAX - matrixRank(j)) * W.orderPerDay * day, 12);
            expect(matrixOrderTerm.cost(at(j, { dayIndex: 0 }), W)).toBe(0);
            expect(cost).toBeLessThan(travelTerm.cost({ minutes: 1.05 }, W));
          },
        ),
      );
      const doFirst = job({ impact: 5, effort: 1 });
      const drop = job({ impact: 1, effort: 5 });
      expect(matrixOrderTerm.cost(at(doFirst, { dayIndex: 3 }), W)).toBeGreaterThan(matrixOrderTerm.cost(at(drop, { dayIndex: 3 }), W));
    });
  });

  describe('travel and overtime', () => {
    it('are linear in minutes at their weights', () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (m) => {
          expect(travelTerm.cost({ minutes: m }, W)).toBeCloseTo(m * travelTerm.weight(W), 9);
          expect(overtimeTerm.cost({ minutes: m }, W)).toBeCloseTo(m * overtimeTerm.weight(W), 9);
          expect(travelTerm.cost({ minutes: m }, { ...W, travelPerMin: 2 })).toBeCloseTo(2 * m, 9);
        }),
      );
    });
  });

  it('the model the engine searches carries exactly the terms’ prices', () => {
    fc.assert(
      fc.property(tinyWorld, (w) => {
        const world = testWorld(w);
        const index = new PlanIndex(world, []);
        const model = buildModel({
          index,
          operatives: w.operatives,
          dates: DATES,
          fixed: [],
          movable: [],
          newJobs: w.jobs,
          weights: W,
          priorityRank: () => 0,
        });
        const p = model.problem;
        const n = p.nJobs;
        model.jobs.forEach((m, j) => {
          expect(p.unservedCost![j]).toBe(unplacedTerm.cost({ job: m.job }, W));
          model.vehicles.forEach((v, k) => {
            if (!p.eligible![k * n + j]) return;
            const ctx = { job: m.job, date: v.date, dayIndex: v.dayIndex, shift: v.shift, lookups: index };
            const expected = ASSIGNMENT_TERMS.reduce((sum, t) => sum + t.cost(ctx, W), 0);
            expect(p.assignCost![p.vehicleClass![k]! * n + j]).toBeCloseTo(expected, 9);
          });
        });
        expect(p.overtimeCost).toBe(overtimeTerm.weight(W));
      }),
      { numRuns: 40 },
    );
  });
});
