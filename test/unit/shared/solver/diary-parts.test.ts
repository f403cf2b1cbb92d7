// A large diary pass built in parts (one per solver thread) and stitched back: every job in at
// most one part and at most once in the stitched plan, fixed visits still on their own day,
// every day feasible, the same plan for the same seed — and the whole run still passes the rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleDiaryWith, type PassSolver } from '../../../../shared/solver/diary/index';
import type { DiaryModel } from '../../../../shared/solver/diary/build';
import { diaryParts, partTasks, stitchParts } from '../../../../shared/solver/diary/parts';
import { simulateRoute } from '../../../../shared/solver/vrptw/route-check';
import { runSearchTask } from '../../../../shared/solver/vrptw/search-task';
import { solveVrptw } from '../../../../shared/solver/vrptw/solve';
import { countingClock, placeable, tinyInput, tinyWorld } from './diary-fixtures';

function stitched(model: DiaryModel, count: number, seed: number): number[][] {
  const parts = diaryParts(model, count);
  const outs = partTasks(model, parts, seed).map((t) => runSearchTask(model.problem, { ...t, iterations: 15 }, countingClock()));
  return stitchParts(model, parts, outs);
}

describe('a diary pass in parts', () => {
  it('parts split vehicles and jobs; the stitched plan serves each job at most once, keeps fixed visits, and every changed day is feasible', async () => {
    await fc.assert(
      fc.asyncProperty(tinyWorld, fc.integer({ min: 1, max: 3 }), fc.boolean(), async (w, count, reoptimise) => {
        const solve: PassSolver = ({ model, options }) => {
          const p = model.problem;
          const parts = diaryParts(model, count);
          // Every vehicle in exactly one part, every job in at most one, a job on a day with that day.
          const vehicles = parts.flatMap((part) => part.vehicles).sort((a, b) => a - b);
          expect(vehicles).toEqual(Array.from({ length: p.nVehicles }, (_, k) => k));
          const inParts = parts.flatMap((part) => part.jobs);
          expect(new Set(inParts).size).toBe(inParts.length);
          model.initial.forEach((route, k) => {
            const part = parts.find((x) => x.vehicles.includes(k))!;
            for (const j of route) expect(part.jobs).toContain(j);
          });

          const routes = stitched(model, count, 7);
          expect(stitched(model, count, 7)).toEqual(routes);
          const served = routes.flat();
          expect(new Set(served).size).toBe(served.length);
          model.initial.forEach((route, k) => {
            for (const j of route) if (model.locked[j]) expect(routes[k]).toContain(j);
          });
          // A day left as it stood may break a rule already (fixed visits); every changed day is feasible.
          routes.forEach((route, k) => {
            const unchanged = route.join() === (model.initial[k] ?? []).join();
            expect(unchanged || route.length === 0 || simulateRoute(p, k, route).feasible).toBe(true);
          });
          return Promise.resolve(solveVrptw(p, { ...options, initial: routes }));
        };
        const res = await scheduleDiaryWith(tinyInput(w, { jobs: placeable(w), reoptimise, seed: 1, timeLimitMs: 200 }), solve);
        expect(res.check.problems).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
