// Every number the API takes is bounded by what the domain allows, and every list by a count:
// nothing a caller sends can push a computation off the calendar (1e9 SLA hours once made
// every SLA chart and the publish check fail with "116106-06-… is not a real date").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, CONTRACT_NAMES } from '../../../../shared/api/contract';
import { MAX_SLA_HOURS, MAX_SLA_WORKING_DAYS } from '../../../../shared/domain/limits';
import { goodFiles, tempWorkspace } from '../../backend/temp-workspace';
import { boundsIn } from './schema-walk';

const LIMIT = 2 ** 32;

describe('contract limits', () => {
  it('bounds every number and every list in every input', () => {
    const unbounded = CONTRACT_NAMES.flatMap((name) =>
      boundsIn(contract[name].input)
        .filter((b) => !(Number.isFinite(b.min) && Number.isFinite(b.max) && Math.abs(b.min) <= LIMIT && Math.abs(b.max) <= LIMIT))
        .map((b) => `${name} ${b.path} (${b.kind} ${b.min}..${b.max})`),
    );
    expect(unbounded).toEqual([]);
  });

  it('refuses an SLA target beyond the domain, naming the field', async () => {
    const ws = await tempWorkspace();
    for (const [value, unit, message] of [
      [1e9, 'hours', `at most ${MAX_SLA_HOURS} hours`],
      [MAX_SLA_WORKING_DAYS + 1, 'working_days', `at most ${MAX_SLA_WORKING_DAYS} working days`],
      [2.5, 'working_days', 'whole working days'],
      [0, 'hours', 'must be more than 0'],
    ] as const) {
      const r = await ws.dispatch('sla/set-policy', { categories: [{ priority: 'EMERGENCY', unit, value }] });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining(message) } });
      expect(r.ok || r.error.issues?.[0]?.path).toBe('categories.0.value');
    }
    ws.close();
  });

  it('any policy it accepts keeps the SLA chart, the publish check and the dependency map working', async () => {
    const ws = await tempWorkspace();
    await ws.dispatch('import/run-csv', goodFiles());
    const target = fc.oneof(
      fc.record({ unit: fc.constant('hours' as const), value: fc.double({ min: 0.01, max: MAX_SLA_HOURS, noNaN: true }) }),
      fc.record({ unit: fc.constant('working_days' as const), value: fc.integer({ min: 1, max: MAX_SLA_WORKING_DAYS }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.tuple(target, target, target, target), async (targets) => {
        const categories = ['EMERGENCY', 'URGENT', 'ROUTINE', 'PLANNED'].map((priority, i) => ({ priority, ...targets[i]! }));
        const set = await ws.dispatch('sla/set-policy', { categories });
        expect(set.ok).toBe(true);
        for (const [name, input] of [
          ['charts/get-sla-risk', {}],
          ['packs/check', { from: '2027-01-04', to: '2027-01-08' }],
          ['dependencies/get-map', { include_unlinked: true }],
          ['jobs/list', {}],
        ] as const) {
          const r = await ws.dispatch(name, input);
          expect(r.ok, `${name}: ${r.ok ? '' : r.error.message}`).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
    ws.close();
  });

  it('refuses a policy that would orphan jobs, naming them, and changes nothing', async () => {
    const ws = await tempWorkspace();
    await ws.dispatch('import/run-csv', goodFiles());
    const before = await ws.dispatch('sla/get-policy', {});
    const r = await ws.dispatch('sla/set-policy', {
      categories: [
        { priority: 'EMERGENCY', unit: 'hours', value: 24 },
        { priority: 'URGENT', unit: 'working_days', value: 5 },
      ],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (r.ok) return;
    expect(r.error.message).toMatch(/^The policy drops categories jobs still use: ROUTINE \(\d+ jobs: J-1003, J-1004, /);
    expect(r.error.message).toContain('PLANNED');
    expect(r.error.message).toContain('Nothing was changed.');
    expect(await ws.dispatch('sla/get-policy', {})).toEqual(before);
    // The app's own jobs.csv export still imports.
    const exported = (await ws.dispatch('export/run-csv', { what: 'jobs' })) as { result: { csv: string } };
    expect(await ws.dispatch('import/run-csv', { jobs: exported.result.csv })).toMatchObject({ ok: true, result: { ok: true } });
    ws.close();
  });
});
