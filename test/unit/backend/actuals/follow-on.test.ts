// FURTHER_WORK: a linked follow-on job (trade, minutes, finish-to-start link), queued for
// rebooking; the original is done once its follow-ons are; a correction updates or cancels it.
import { describe, expect, it } from 'vitest';
import { call } from '../temp-workspace';
import { actualsWorkspaces, csv, importText, setPolicy, TUE, type ActualsWorkspace } from './actuals-helpers';

const workspace = actualsWorkspaces();
const job = (ws: ActualsWorkspace, ref: string) => call(ws, 'jobs/get', { ref });
const FURTHER = `J-5,,OP-3,${TUE},13:00,14:00,FURTHER_WORK,WRONG_TRADE,PLAST,90,wall needs skimming`;

describe('a FURTHER_WORK outcome', () => {
  it('creates the linked follow-on job, finish-to-start after the original, waiting to be rebooked', async () => {
    const ws = await workspace();
    const r = await importText(ws, csv(FURTHER));
    expect(r).toMatchObject({ ok: true, counts: { follow_ons: ['J-5-F1'] } });
    const f = await job(ws, 'J-5-F1');
    const original = await job(ws, 'J-5');
    expect(f).toMatchObject({
      trade: 'PLAST',
      duration_min: 90,
      status: 'open',
      address: original.address,
      priority: original.priority,
      raised_at: original.raised_at, // the SLA clock continues by default
      window: original.window,
      depends_on: [{ ref: 'J-5', lag_min: 0 }],
      placement: null,
    });
    expect(f.notes).toBe('Follow-on from J-5 (FURTHER_WORK on 2027-01-05, WRONG_TRADE): wall needs skimming');
    expect(f.sla_deadline).toBe(original.sla_deadline);
    expect(original.status).toBe('in_progress');
    expect(await call(ws, 'dependencies/list')).toContainEqual({ pred_ref: 'J-5', succ_ref: 'J-5-F1', lag_min: 0 });
    expect(await call(ws, 'rebooking/list')).toEqual([
      expect.objectContaining({
        ref: 'J-5-F1',
        outcome: 'FURTHER_WORK',
        follow_on_of: 'J-5',
        failed_on: TUE,
        attempts: 0,
        deadline: f.sla_deadline,
      }),
    ]);
  });

  it('restarts the follow-on’s SLA clock at the visit when the policy says so', async () => {
    const ws = await workspace();
    await setPolicy(ws, { sla_clock: { NO_ACCESS: 'continue', ABORTIVE: 'continue', FURTHER_WORK: 'restart' } });
    await importText(ws, csv(FURTHER));
    const f = await job(ws, 'J-5-F1');
    expect(f.raised_at).toBe(`${TUE}T14:00`);
    expect(f.sla_deadline).toBe('2027-02-02T23:59'); // 20 working days after Tue 5 Jan 2027
  });

  it('closes the original once the follow-on is completed (after it is published and worked)', async () => {
    const ws = await workspace();
    await importText(ws, csv(FURTHER));
    await call(ws, 'diary/assign-job', { ref: 'J-5-F1', operative_id: 'OP-3', date: '2027-01-07', override_reason: 'test' });
    ws.publish('2027-01-07', '2027-01-07');
    await importText(ws, csv(`J-5-F1,,OP-3,2027-01-07,09:00,10:30,COMPLETED,,,,`));
    expect((await job(ws, 'J-5-F1')).status).toBe('done');
    expect((await job(ws, 'J-5')).status).toBe('done');
  });

  it('closes a chain: the follow-on of a follow-on done closes both above it', async () => {
    const ws = await workspace();
    await importText(ws, csv(FURTHER));
    await call(ws, 'diary/assign-job', { ref: 'J-5-F1', operative_id: 'OP-3', date: '2027-01-07', override_reason: 'test' });
    ws.publish('2027-01-07', '2027-01-07');
    await importText(ws, csv(`J-5-F1,,OP-3,2027-01-07,09:00,10:00,FURTHER_WORK,RAN_OUT_OF_TIME,PLAST,60,second coat`));
    expect((await job(ws, 'J-5-F1-F1')).depends_on).toEqual([{ ref: 'J-5-F1', lag_min: 0 }]);
    await call(ws, 'diary/assign-job', { ref: 'J-5-F1-F1', operative_id: 'OP-3', date: '2027-01-08', override_reason: 'test' });
    ws.publish('2027-01-08', '2027-01-08');
    await importText(ws, csv(`J-5-F1-F1,,OP-3,2027-01-08,09:00,10:00,COMPLETED,,,,`));
    expect([(await job(ws, 'J-5-F1-F1')).status, (await job(ws, 'J-5-F1')).status, (await job(ws, 'J-5')).status]).toEqual([
      'done',
      'done',
      'done',
    ]);
  });

  it('is updated by a correction while nothing was done on it, and cancelled when the visit was not further work after all', async () => {
    const ws = await workspace();
    await importText(ws, csv(FURTHER));
    await importText(ws, csv(`J-5,,OP-3,${TUE},13:00,14:00,FURTHER_WORK,WRONG_TRADE,PLAST,120,wall needs skimming`));
    expect((await job(ws, 'J-5-F1')).duration_min).toBe(120);
    await importText(ws, csv(`J-5,,OP-3,${TUE},13:00,15:00,COMPLETED,,,,done in one go`));
    expect((await job(ws, 'J-5-F1')).status).toBe('cancelled');
    expect((await job(ws, 'J-5')).status).toBe('done');
    expect(await call(ws, 'rebooking/list')).toEqual([]);
    // Undo the correction: the follow-on is back, waiting.
    await call(ws, 'history/undo');
    expect((await job(ws, 'J-5-F1')).status).toBe('open');
  });
});
