// actuals/import-csv on a real workspace with a really published version: all or nothing with
// per-row errors, re-importing changes nothing, corrections supersede and both stay, one undo
// step, and what each outcome does to the job and the diary.
import { describe, expect, it } from 'vitest';
import { call } from '../temp-workspace';
import { actualsWorkspaces, csv, importText, TUE, WED, type ActualsWorkspace } from './actuals-helpers';

const workspace = actualsWorkspaces();
const job = (ws: ActualsWorkspace, ref: string) => call(ws, 'jobs/get', { ref });
const visits = (ws: ActualsWorkspace, ref: string) => call(ws, 'actuals/list-visits', { ref });
const countActuals = (ws: ActualsWorkspace) => (ws.store.db.prepare('SELECT COUNT(*) AS n FROM actuals').get() as { n: number }).n;

describe('actuals import', () => {
  it('is all or nothing: one bad row lists every problem with its line and imports nothing', async () => {
    const ws = await workspace();
    const before = await call(ws, 'history/get-status');
    const r = await importText(
      ws,
      csv(
        `J-1,,OP-1,${TUE},08:30,09:20,COMPLETED,,,,`,
        `J-404,,OP-1,${TUE},10:00,10:30,COMPLETED,,,,`,
        `J-2,1,OP-1,${WED},11:00,10:00,COMPLETED,,,,`,
        `J-3,,OP-2,${TUE},09:00,09:10,GONE,,,,`,
        `J-5,,OP-3,${TUE},13:00,13:20,NO_ACCESS,DOG,,,`,
        `J-1,,OP-1,${TUE},15:00,15:10,NO_ACCESS,NO_ANSWER,,,`,
      ),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.line} ${e.field}: ${e.message}`)).toEqual([
      '3 ref: unknown ref "J-404": no job with this ref',
      '4 left: left 10:00 is before arrived 11:00',
      '5 outcome: unknown outcome "GONE" (expected one of COMPLETED, NO_ACCESS, ABORTIVE, FURTHER_WORK, CANCELLED)',
      '6 reason: unknown reason "DOG" (the reason list has NO_ANSWER, TENANT_REFUSED, WRONG_TRADE, NO_MATERIALS, WRONG_INFO, RAN_OUT_OF_TIME, UNSAFE, OTHER)',
      '7 ref: duplicate row: J-1 on 2027-01-05 is already on line 2',
    ]);
    expect(countActuals(ws)).toBe(0);
    expect((await job(ws, 'J-1')).status).toBe('open');
    expect(await call(ws, 'history/get-status')).toEqual(before);
  });

  it('refuses a job that is not in the version in force', async () => {
    const ws = await workspace();
    // J-2 is planned for Wednesday; version 2 republishes Tuesday only, without it.
    await call(ws, 'diary/unassign-job', { ref: 'J-1' });
    ws.publish(TUE, TUE);
    const r = await importText(ws, csv(`J-1,,OP-1,${TUE},08:30,09:20,COMPLETED,,,,`, `J-1,1,OP-1,${WED},08:30,09:20,COMPLETED,,,,`));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.message)).toEqual([
        'J-1 is not in version 2, the latest covering 2027-01-05 (published for 2027-01-05 to 2027-01-05): give the version the visit was worked from',
      ]);
  });

  it('records visits as one undoable step; re-importing the same file changes nothing', async () => {
    const ws = await workspace();
    const text = csv(`J-1,,OP-1,${TUE},08:30,09:20,COMPLETED,,,,fixed`, `J-3,,OP-2,${TUE},09:00,09:10,NO_ACCESS,NO_ANSWER,,,carded`);
    const first = await importText(ws, text);
    expect(first).toEqual({
      ok: true,
      counts: { rows: 2, added: 2, corrected: 0, unchanged: 0, rebookings: 1, follow_ons: [], flags_raised: [] },
    });
    const status = await call(ws, 'history/get-status');
    expect(status.undoLabel).toBe('Import actuals.csv');

    const again = await importText(ws, text);
    expect(again).toEqual({
      ok: true,
      counts: { rows: 2, added: 0, corrected: 0, unchanged: 2, rebookings: 0, follow_ons: [], flags_raised: [] },
    });
    expect(countActuals(ws)).toBe(2);
    expect(await call(ws, 'history/get-status')).toEqual(status);

    await call(ws, 'history/undo');
    expect(countActuals(ws)).toBe(0);
    expect((await job(ws, 'J-1')).status).toBe('open');
    expect((await job(ws, 'J-3')).placement).toMatchObject({ operative_id: 'OP-2', date: TUE });
    await call(ws, 'history/redo');
    expect(countActuals(ws)).toBe(2);
    expect((await job(ws, 'J-3')).placement).toBeNull();
  });

  it('lets a corrected row supersede the earlier one; both stay in the record', async () => {
    const ws = await workspace();
    await importText(ws, csv(`J-3,,OP-2,${TUE},09:00,09:10,NO_ACCESS,NO_ANSWER,,,carded`));
    expect((await call(ws, 'rebooking/list')).map((i) => i.ref)).toEqual(['J-3']);
    const r = await importText(ws, csv(`J-3,,OP-2,${TUE},09:00,10:05,COMPLETED,,,,tenant was in after all`));
    expect(r).toMatchObject({ ok: true, counts: { added: 0, corrected: 1, unchanged: 0 } });
    const record = await visits(ws, 'J-3');
    expect(record.map((v) => [v.outcome, v.superseded_by === null])).toEqual([
      ['NO_ACCESS', false],
      ['COMPLETED', true],
    ]);
    expect(record[0]!.superseded_by).toBe(record[1]!.id);
    expect((await job(ws, 'J-3')).status).toBe('done');
    expect(await call(ws, 'rebooking/list')).toEqual([]);
  });

  it('applies each outcome to the job: done, cancelled, open again and off the failed day, or in progress', async () => {
    const ws = await workspace();
    const r = await importText(
      ws,
      csv(
        `J-1,,OP-1,${TUE},08:30,09:20,COMPLETED,,,,`,
        `J-4,,OP-1,${TUE},,,CANCELLED,OTHER,,,duplicate of J-1`,
        `J-3,,OP-2,${TUE},09:00,09:10,NO_ACCESS,NO_ANSWER,,,`,
        `J-5,,OP-3,${TUE},13:00,14:00,FURTHER_WORK,WRONG_TRADE,PLAST,90,`,
      ),
    );
    expect(r.ok).toBe(true);
    expect((await job(ws, 'J-1')).status).toBe('done');
    expect((await job(ws, 'J-4')).status).toBe('cancelled');
    const j3 = await job(ws, 'J-3');
    expect([j3.status, j3.placement]).toEqual(['open', null]);
    const j5 = await job(ws, 'J-5');
    expect([j5.status, j5.placement?.date]).toEqual(['in_progress', TUE]);
    // The attempt is evidence in the job's history.
    const history = await call(ws, 'jobs/get-history', { ref: 'J-3' });
    expect(history.at(-1)).toMatchObject({ kind: 'visit_no_access', detail: { outcome: 'NO_ACCESS', reason: 'NO_ANSWER' } });
  });

  it('is refused inside a what-if scenario (what happened is recorded on the live plan)', async () => {
    const ws = await workspace();
    await call(ws, 'scenario/create', { name: 'what-if' });
    const r = await ws.dispatch('actuals/import-csv', { csv: csv(`J-1,,OP-1,${TUE},08:30,09:20,COMPLETED,,,,`) }, { scenario: 'what-if' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/recorded on the live plan/) } });
  });
});
