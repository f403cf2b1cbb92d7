// Plan versus actual against the version in force (not the live diary), with KPIs and roll-ups.
import { describe, expect, it } from 'vitest';
import { call } from '../temp-workspace';
import { actualsWorkspaces, csv, importText, TUE, WED } from './actuals-helpers';

const workspace = actualsWorkspaces();

describe('plan versus actual', () => {
  it('compares each visit with the version in force, even after the live diary moved', async () => {
    const ws = await workspace();
    const planned = await call(ws, 'actuals/get-report', { from: TUE, to: WED });
    expect(planned.visits).toEqual([]);
    // The live diary moves J-1 to Wednesday after publishing; the plan in force still says Tuesday.
    await call(ws, 'diary/assign-job', { ref: 'J-1', operative_id: 'OP-1', date: WED, override_reason: 'test' });
    await importText(
      ws,
      csv(
        `J-1,,OP-1,${TUE},12:40,13:50,COMPLETED,,,,`, // AM window: 40 minutes late
        `J-4,,OP-1,${TUE},09:30,10:15,COMPLETED,,,,`,
        `J-3,,OP-2,${TUE},09:00,09:10,NO_ACCESS,NO_ANSWER,,,`,
        `J-5,,OP-3,${TUE},13:00,14:00,COMPLETED,,,,`,
      ),
    );
    const r = await call(ws, 'actuals/get-report', { from: TUE, to: WED });
    const j1 = r.visits.find((v) => v.ref === 'J-1')!;
    expect(j1).toMatchObject({
      version: 1,
      outcome: 'COMPLETED',
      late_min: 40,
      planned: { operative_id: 'OP-1', date: TUE, duration_min: 60 },
    });
    expect(r.kpis.completion_rate).toBe(0.75);
    expect(r.kpis.no_access_rate).toBe(0.25);
    expect(r.kpis).toMatchObject({ visits: 4, late_visits: 1, first_visit_completion: 0.75 });
    expect(Object.keys(r.kpis.within_sla_by_priority).sort()).toEqual(['EMERGENCY', 'ROUTINE']);
    expect(r.rollups.operative_days.map((d) => [d.key, d.visits])).toEqual([
      ['OP-1 2027-01-05', 2],
      ['OP-2 2027-01-05', 1],
      ['OP-3 2027-01-05', 1],
    ]);
    expect(r.rollups.trades.map((t) => t.key)).toEqual(['CARP', 'GAS', 'PLUMB']);
    expect(r.rollups.teams.map((t) => t.key)).toEqual(['CARP', 'GAS', 'PLUMB']);
  });

  it('exports the comparison as CSV, one row per visit', async () => {
    const ws = await workspace();
    await importText(ws, csv(`J-1,,OP-1,${TUE},12:40,13:50,COMPLETED,,,,`));
    const out = await call(ws, 'actuals/export-report', { from: TUE, to: TUE });
    const [head, row] = out.csv.trim().split('\n');
    expect(head!.split(',').slice(0, 4)).toEqual(['ref', 'version', 'outcome', 'reason']);
    expect(row).toMatch(/^J-1,1,COMPLETED,,PLUMB,ROUTINE,PLUMB,OP-1,2027-01-05,/);
    expect(out.rows).toBe(1);
  });

  it('refuses a range that ends before it starts', async () => {
    const ws = await workspace();
    expect(await ws.dispatch('actuals/get-report', { from: WED, to: TUE })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'The range starts (2027-01-06) after it ends (2027-01-05)' },
    });
  });
});
