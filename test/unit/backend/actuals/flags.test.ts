// Repeated-failure addresses: the second failure at one address (spelt differently) within 28
// days raises a flag with its history, owned by the supervisor; it shows for every job there,
// escalates to the manager on a further failure, and closes only with a note.
import { describe, expect, it } from 'vitest';
import { call } from '../temp-workspace';
import { actualsWorkspaces, csv, importText, setPolicy, TUE, WED } from './actuals-helpers';

const workspace = actualsWorkspaces();

describe('repeated-failure address flags', () => {
  it('raises a flag on the second failure at an address, with its history, for every job there', async () => {
    const ws = await workspace();
    const first = await importText(ws, csv(`J-1,,OP-1,${TUE},08:30,08:40,NO_ACCESS,NO_ANSWER,,,`));
    expect(first).toMatchObject({ ok: true, counts: { flags_raised: [] } });
    expect(await call(ws, 'addresses/list-flags', {})).toEqual([]);

    const second = await importText(ws, csv(`J-2,,OP-1,${WED},10:00,10:30,ABORTIVE,NO_MATERIALS,,,`));
    expect(second).toMatchObject({ ok: true, counts: { flags_raised: ['4 Brick Row, Leeds LS6 1AA'] } });
    const flags = await call(ws, 'addresses/list-flags', {});
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ state: 'open', owner: 'supervisor', count: 2, last_outcome: 'ABORTIVE', last_date: WED });
    expect(flags[0]!.history.map((h) => h.ref)).toEqual(['J-1', 'J-2']);
    // The third job at that address (J-6) sees it, as would a New repair typed with the address.
    const forJ6 = await call(ws, 'addresses/get-flag', { address: '4 BRICK ROW,  Leeds LS6 1AA' });
    expect(forJ6?.id).toBe(flags[0]!.id);
    expect(await call(ws, 'addresses/get-flag', { address: '7 Oak Road, Leeds LS9 4DD' })).toBeNull();
  });

  it('does not flag failures further apart than the window, nor completed visits', async () => {
    const ws = await workspace();
    await setPolicy(ws, { address_flags: { failures: 2, days: 1 } });
    await importText(ws, csv(`J-1,,OP-1,${TUE},08:30,08:40,NO_ACCESS,NO_ANSWER,,,`, `J-2,,OP-1,${WED},10:00,11:00,COMPLETED,,,,`));
    await importText(ws, csv(`J-6,,OP-1,${WED},11:00,11:05,NO_ACCESS,NO_ANSWER,,,`));
    expect(await call(ws, 'addresses/list-flags', {})).toEqual([]);
  });

  it('escalates to the manager on a further failure, and closes only with a note', async () => {
    const ws = await workspace();
    await importText(
      ws,
      csv(`J-1,,OP-1,${TUE},08:30,08:40,NO_ACCESS,NO_ANSWER,,,`, `J-2,,OP-1,${WED},10:00,10:30,NO_ACCESS,TENANT_REFUSED,,,`),
    );
    await importText(ws, csv(`J-6,,OP-1,${WED},11:00,11:05,NO_ACCESS,NO_ANSWER,,,`));
    let [flag] = await call(ws, 'addresses/list-flags', {});
    expect(flag).toMatchObject({ owner: 'manager', count: 3 });

    const noNote = await ws.dispatch('addresses/close-flag', { id: flag!.id, note: ' ' });
    expect(noNote).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/closes only with a note/) } });
    const closed = await call(ws, 'addresses/close-flag', {
      id: flag!.id,
      note: 'Tenancy officer visited; access agreed',
    });
    expect(closed).toMatchObject({ state: 'closed', close_note: 'Tenancy officer visited; access agreed' });
    expect(await call(ws, 'addresses/list-flags', {})).toEqual([]);
    expect(await call(ws, 'addresses/list-flags', { include_closed: true })).toHaveLength(1);
    expect(await ws.dispatch('addresses/escalate-flag', { id: flag!.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await call(ws, 'history/undo');
    [flag] = await call(ws, 'addresses/list-flags', {});
    expect(flag?.state).toBe('open');
  });

  it('escalates by hand from the supervisor to the manager, then no further', async () => {
    const ws = await workspace();
    await importText(ws, csv(`J-1,,OP-1,${TUE},08:30,08:40,NO_ACCESS,NO_ANSWER,,,`, `J-2,,OP-1,${WED},10:00,10:30,NO_ACCESS,NO_ANSWER,,,`));
    const [flag] = await call(ws, 'addresses/list-flags', {});
    expect(await call(ws, 'addresses/escalate-flag', { id: flag!.id })).toMatchObject({ owner: 'manager' });
    expect(await ws.dispatch('addresses/escalate-flag', { id: flag!.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/already with the manager/) },
    });
  });
});
