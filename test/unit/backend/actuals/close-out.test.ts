// End-of-day close-out: an operative-day's planned visits (from the version in force) with the
// outcome to tick, recorded like an actuals.csv import.
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../../shared/api/contract';
import { call } from '../temp-workspace';
import { actualsWorkspace, TUE, type ActualsWorkspace } from './actuals-helpers';

const open: ActualsWorkspace[] = [];
afterEach(() => open.splice(0).forEach((w) => w.close()));
const blank = { arrived: '', left: '', outcome: '', reason: '', follow_on_trade: '', follow_on_minutes: '', notes: '' };

describe('end-of-day close-out', () => {
  it('lists the planned visits of an operative-day and records the ticked outcomes', async () => {
    const ws = await actualsWorkspace();
    open.push(ws);
    // The live diary moves J-4 away after publishing: the close-out still lists the plan in force.
    await call(ws, 'diary/unassign-job', { ref: 'J-4' });
    const day = await call(ws, 'actuals/get-close-out', { operative_id: 'OP-1', date: TUE });
    expect(day.version).toBe(1);
    expect(day.visits.map((v) => [v.ref, v.window, v.recorded])).toEqual([
      ['J-1', 'AM', null],
      ['J-4', 'ALL', null],
    ]);

    // OP-1's Tuesday against version 1, as the close-out form sends it.
    const closeOut = (visits: ApiInput<'actuals/record-close-out'>['visits']) =>
      call(ws, 'actuals/record-close-out', { operative_id: 'OP-1', date: TUE, version: 1, visits });
    const bad = await closeOut([
      { ...blank, ref: 'J-1', arrived: '09:00', left: '08:30', outcome: 'COMPLETED' },
      { ...blank, ref: 'J-4', arrived: '10:00', left: '10:05', outcome: 'NO_ACCESS' },
    ]);
    expect((bad.ok ? [] : bad.errors).map((e) => `${e.line} ${e.field}: ${e.message}`)).toEqual([
      '1 left: left 08:30 is before arrived 09:00',
      '2 reason: NO_ACCESS needs a reason code',
    ]);

    const ok = await closeOut([
      { ...blank, ref: 'J-1', arrived: '08:40', left: '09:30', outcome: 'COMPLETED' },
      { ...blank, ref: 'J-4', arrived: '10:00', left: '10:05', outcome: 'NO_ACCESS', reason: 'NO_ANSWER', notes: 'card left' },
    ]);
    expect(ok).toMatchObject({ ok: true, counts: { added: 2 } });
    const after = await call(ws, 'actuals/get-close-out', {
      operative_id: 'OP-1',
      date: TUE,
    });
    expect(after.visits.map((v) => [v.ref, v.recorded?.outcome])).toEqual([
      ['J-1', 'COMPLETED'],
      ['J-4', 'NO_ACCESS'],
    ]);
    expect((await call(ws, 'rebooking/list')).map((i) => i.ref)).toEqual(['J-4']);
  });

  it('says when no published version covers the day', async () => {
    const ws = await actualsWorkspace();
    open.push(ws);
    const day = await call(ws, 'actuals/get-close-out', {
      operative_id: 'OP-1',
      date: '2027-02-01',
    });
    expect(day).toMatchObject({ version: null, message: expect.stringMatching(/^no published version covers 2027-02-01/) });
    expect(await ws.dispatch('actuals/get-close-out', { operative_id: 'OP-9', date: TUE })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
