// The rebooking queue from the backend: deadlines, the cancel-for-no-access decision under the
// no-access policy, and what the auto-scheduler is given (rebooking deadlines, learned durations).
import { describe, expect, it } from 'vitest';
import { scheduleTaskInput } from '../../../../electron/backend/scheduling/task-input';
import { call } from '../temp-workspace';
import { actualsWorkspaces, csv, importText, setPolicy, TUE, WED, type ActualsWorkspace } from './actuals-helpers';

const workspace = actualsWorkspaces();

/** Re-places a job, republishes that day and records another no-access visit. */
async function failAgain(ws: ActualsWorkspace, ref: string, operative: string, date: string) {
  await call(ws, 'diary/assign-job', { ref, operative_id: operative, date, override_reason: 'test' });
  ws.publish(date, date);
  const r = await importText(ws, csv(`${ref},,${operative},${date},09:00,09:05,NO_ACCESS,NO_ANSWER,,,`));
  expect(r.ok).toBe(true);
}

describe('the rebooking queue', () => {
  it('lists failed visits by deadline with their attempts; booking one again marks it booked', async () => {
    const ws = await workspace();
    await importText(ws, csv(`J-1,,OP-1,${TUE},08:30,08:40,NO_ACCESS,NO_ANSWER,,,`, `J-4,,OP-1,${TUE},09:00,09:30,ABORTIVE,UNSAFE,,,`));
    const items = await call(ws, 'rebooking/list');
    expect(items.map((i) => [i.ref, i.deadline, i.attempts])).toEqual([
      ['J-4', '2027-01-06T07:00', 1], // the emergency's 24 hours run on
      ['J-1', '2027-02-01T23:59', 1],
    ]);
    await call(ws, 'diary/assign-job', { ref: 'J-1', operative_id: 'OP-1', date: '2027-01-07', override_reason: 'test' });
    const after = await call(ws, 'rebooking/list');
    expect(after.find((i) => i.ref === 'J-1')?.booked).toEqual({ operative_id: 'OP-1', date: '2027-01-07' });
  });

  it('refuses to cancel for no access before the supervisor has it, and never for gas safety work', async () => {
    const ws = await workspace();
    await importText(ws, csv(`J-3,,OP-2,${TUE},09:00,09:05,NO_ACCESS,NO_ANSWER,,,`, `J-1,,OP-1,${TUE},08:30,08:40,NO_ACCESS,NO_ANSWER,,,`));
    expect(await ws.dispatch('rebooking/cancel-job', { ref: 'J-1', note: 'three cards left' })).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: 'J-1 has had 1 no-access visit: it can be cancelled for no access only after 3, once the supervisor has it',
      },
    });
    await failAgain(ws, 'J-1', 'OP-1', WED);
    await failAgain(ws, 'J-1', 'OP-1', '2027-01-07');
    await failAgain(ws, 'J-3', 'OP-2', WED);
    await failAgain(ws, 'J-3', 'OP-2', '2027-01-07');
    const items = await call(ws, 'rebooking/list');
    expect(items.map((i) => [i.ref, i.owner, i.protected_categories])).toEqual([
      ['J-1', 'supervisor', []],
      ['J-3', 'supervisor', ['GAS_SAFETY']],
    ]);
    expect(await ws.dispatch('rebooking/cancel-job', { ref: 'J-3', note: 'no reply to letters' })).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', message: expect.stringMatching(/^J-3 is GAS_SAFETY work: never cancelled for no access/) },
    });
    await call(ws, 'rebooking/cancel-job', { ref: 'J-1', note: 'Three cards, two letters: closed with the tenancy team' });
    expect((await call(ws, 'jobs/get', { ref: 'J-1' })).status).toBe('cancelled');
    expect((await call(ws, 'rebooking/list')).map((i) => i.ref)).toEqual(['J-3']);
  });

  it('gives the auto-scheduler each rebooking’s deadline, restarted by policy', async () => {
    const ws = await workspace();
    await setPolicy(ws, { sla_clock: { NO_ACCESS: 'restart', ABORTIVE: 'continue', FURTHER_WORK: 'continue' } });
    await importText(ws, csv(`J-1,,OP-1,${TUE},08:30,08:40,NO_ACCESS,NO_ANSWER,,,`));
    const input = scheduleTaskInput(ws.store, { from: WED, to: '2027-01-08' });
    const deadlines = new Map(input.world.jobs.map((j) => [j.ref, j.sla_deadline]));
    expect(deadlines.get('J-1')).toBe('2027-02-02T23:59'); // 20 working days after the failed visit
    expect(deadlines.get('J-2')).toBe('2027-01-11T23:59'); // others keep their own
    expect(input.scopeJobs).toContain('J-1');
  });
});
