// The end-of-day close-out summary (issue 15): built from actuals against the version in force —
// completions against plan, carry-overs with where they are now, the rebookings the day opened,
// the day's deviations and tomorrow's flags — as a view (closeout/get) and a PDF (`closeout`).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli } from '../../cli-harness';
import { actualsWorkspace, csv, importText, TUE, TUESDAY_ACTUALS, WED } from '../actuals/actuals-helpers';
import { call } from '../temp-workspace';

describe('end-of-day close-out summary', () => {
  it('holds done and not done against plan, carry-overs, rebookings, deviations and tomorrow, in the view and the PDF', async () => {
    const ws = await actualsWorkspace(); // Tuesday: J-1, J-4 (emergency) on OP-1; J-3 on OP-2; J-5 on OP-3
    expect((await importText(ws, csv(...TUESDAY_ACTUALS))).ok).toBe(true);
    await call(ws, 'diary/assign-job', { ref: 'J-3', operative_id: 'OP-2', date: WED, override_reason: 'rebooked at close of day' });

    const c = await call(ws, 'closeout/get', { date: TUE });
    expect(c).toMatchObject({ date: TUE, team: null, version: 1, message: null });
    expect(c.totals).toEqual({ planned: 4, completed: 2, not_done: 1, not_recorded: 1, unplanned: 0 });
    expect(c.operatives.find((o) => o.id === 'OP-1')).toMatchObject({ planned: 2, completed: 1, not_recorded: 1 });
    expect(c.visits.find((v) => v.ref === 'J-5')).toMatchObject({
      planned: { operative_id: 'OP-3' },
      actual: { operative_id: 'OP-1', arrived: '13:00' },
      outcome: 'COMPLETED',
    });
    expect(c.carry_overs).toEqual([
      expect.objectContaining({ ref: 'J-4', priority: 'EMERGENCY', outcome: null, booked: null }),
      expect.objectContaining({ ref: 'J-3', outcome: 'NO_ACCESS', reason: 'NO_ANSWER', booked: { operative_id: 'OP-2', date: WED } }),
    ]);
    expect(c.priority_rebookings).toEqual([
      expect.objectContaining({ ref: 'J-3', outcome: 'NO_ACCESS', attempts: 1, booked: { operative_id: 'OP-2', date: WED } }),
    ]);
    expect(c.deviations.map((d) => `${d.ref} ${d.kind} ${d.within_policy}`)).toEqual(['J-3 not-done true', 'J-5 other-operative false']);
    expect(c.tomorrow.date).toBe(WED);
    expect(c.tomorrow.flags).toEqual(
      expect.arrayContaining([
        { kind: 'carried-over', ref: 'J-3', operative_id: 'OP-2', message: `J-3 carried over to OP-2 on ${WED}` },
        expect.objectContaining({ kind: 'not-rebooked', ref: 'J-4', message: expect.stringMatching(/^J-4 is not rebooked/) }),
      ]),
    );

    // A team's close-out covers only the operatives its people look after.
    const pat = { id: 'pat', name: 'Pat Planner', role: 'planner', os_user: null, team: null, operatives: [] };
    const sam = { id: 'sam', name: 'Sam Hughes', role: 'supervisor', os_user: null, team: 'Gas', operatives: ['OP-2'] };
    for (const p of [pat, sam]) expect((await ws.dispatch('access/save-person', p, { actor: 'person:pat' })).ok).toBe(true);
    const gas = await call(ws, 'closeout/get', { date: TUE, team: 'Gas' });
    expect(gas.visits.map((v) => v.ref)).toEqual(['J-3']);
    expect(gas.totals).toMatchObject({ planned: 1, not_done: 1 });
    // Printing it is a read: a supervisor may.
    expect(await ws.dispatch('closeout/create-pdf', { date: TUE, team: 'Gas' }, { actor: 'person:sam' })).toMatchObject({
      ok: true,
      result: { file_name: `close-out-${TUE}-Gas.pdf` },
    });
    expect(await ws.dispatch('closeout/get', { date: TUE, team: 'South' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ws.dispatch('closeout/get', { date: '2027-02-30' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const db = ws.dbPath;
    ws.close();
    const pdf = `${db}.close-out.pdf`;
    const r = await cli(['closeout', '--db', db, '--date', TUE, '--out', pdf]);
    expect(r).toMatchObject({ code: 0, out: expect.stringContaining(`close-out for ${TUE}`) });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(`End-of-day close-out ${TUE} (all operatives)`);
    expect(text).toContain('2 of 4 planned visits completed, 1 not done, 1 not recorded');
    expect(text).toMatch(/J-4\s+OP-1 \d\d:\d\d\s+not recorded/);
    expect(text).toMatch(/J-3 ROUTINE NO_ACCESS \(NO_ANSWER\): rebooked OP-2 2027-01-06/);
    expect(text).toContain('J-5 other-operative: no change request explains it');
    expect(text).toContain(`Tomorrow's flags (${WED})`);
    expect(text).toContain(`J-3 carried over to OP-2 on ${WED}`);
    expect((await cli(['closeout', '--db', db, '--date', TUE, '--out', `${db}.txt`])).code).toBe(2);
    expect((await cli(['closeout', '--db', db, '--date', TUE, '--team', 'South', '--out', pdf])).code).toBe(2);
    // An empty --team is refused like the briefing's (the contract checks it), not read as "all teams".
    expect((await cli(['closeout', '--db', db, '--date', TUE, '--team', '', '--out', pdf])).code).toBe(2);
  });
});
