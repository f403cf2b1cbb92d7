// The weekly review can change a roster pattern (issue 15): "make it a planning assumption" lays a
// pattern over an operative's roster through the roster's own services, marking the deviations it
// came from, in one undoable step; the roster's rights and checks still hold.
import { describe, expect, it } from 'vitest';
import { actualsWorkspace, csv, TUE, WED } from '../actuals/actuals-helpers';
import { call } from '../temp-workspace';

const at = (start: string, end: string) => ({ work: { start, end, overnight: false }, on_call: null });
const OFF = { work: 'off' as const, on_call: null };
// Mon–Fri 07:00–15:00 except Wednesday off; weekends off.
const DAYS = [at('07:00', '15:00'), at('07:00', '15:00'), OFF, at('07:00', '15:00'), at('07:00', '15:00'), OFF, OFF];
const pattern = { operative_ids: ['OP-1'], name: 'Early shift', kind: 'weekly' as const, from: WED, to: null, days: DAYS };

describe('deviation review: roster pattern', () => {
  it('changes the roster pattern and marks the deviations in one undoable step; undo reverts both', async () => {
    const ws = await actualsWorkspace();
    expect((await call(ws, 'actuals/import-csv', { csv: csv(`J-5,,OP-1,${TUE},13:00,14:20,COMPLETED,,,,`) })).ok).toBe(true);
    const [group] = (await call(ws, 'deviations/get-review', { from: TUE, to: WED })).groups;
    expect(group).toBeDefined();
    const keys = group!.keys;

    const made = await call(ws, 'deviations/make-assumption', {
      from: TUE,
      to: WED,
      keys,
      note: 'OP-1 covers carpentry afternoons; start early, Wednesdays off',
      assumption: { type: 'roster-pattern', pattern },
    });
    expect(made).toEqual({ assumption: `roster pattern "Early shift" (weekly) for OP-1 from ${WED}` });
    expect(await call(ws, 'roster/list-patterns', { operative_id: 'OP-1' })).toMatchObject([
      { operative_id: 'OP-1', name: 'Early shift', kind: 'weekly', from: WED, to: null },
    ]);
    const deviation = (await call(ws, 'deviations/list', { from: TUE, to: WED })).find((d) => d.key === keys[0]);
    expect(deviation).toMatchObject({ review: 'assumption', note: 'OP-1 covers carpentry afternoons; start early, Wednesdays off' });
    // OP-1's Wednesday visits (J-2, J-6) are no longer covered: raised for review like any roster change.
    expect((await call(ws, 'roster/list-dropouts', { from: WED, to: WED })).map((d) => d.ref).sort()).toEqual(['J-2', 'J-6']);

    await call(ws, 'history/undo', {});
    expect(await call(ws, 'roster/list-patterns', { operative_id: 'OP-1' })).toEqual([]);
    expect((await call(ws, 'deviations/list', { from: TUE, to: WED })).find((d) => d.key === keys[0])).toMatchObject({ review: 'open' });
    ws.close();
  });

  it('refuses a bad pattern, and a role that may not change the roster, changing nothing', async () => {
    const ws = await actualsWorkspace();
    expect((await call(ws, 'actuals/import-csv', { csv: csv(`J-5,,OP-1,${TUE},13:00,14:20,COMPLETED,,,,`) })).ok).toBe(true);
    const keys = (await call(ws, 'deviations/get-review', { from: TUE, to: WED })).groups[0]!.keys;
    const ask = (p: object, actor?: string) =>
      ws.dispatch(
        'deviations/make-assumption',
        { from: TUE, to: WED, keys, note: 'early starts', assumption: { type: 'roster-pattern', pattern: { ...pattern, ...p } } },
        actor ? { actor } : undefined,
      );
    expect(await ask({ to: TUE })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: `from ${WED} is after to ${TUE}` } });
    expect(await ask({ operative_ids: ['OP-9'] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const pat = { id: 'pat', name: 'Pat Planner', role: 'planner', os_user: null, team: null, operatives: [] };
    const sam = { id: 'sam', name: 'Sam Hughes', role: 'supervisor', os_user: null, team: 'North', operatives: ['OP-1'] };
    for (const p of [pat, sam]) expect((await ws.dispatch('access/save-person', p, { actor: 'person:pat' })).ok).toBe(true);
    expect(await ask({}, 'person:sam')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('“plan-edit”') },
    });
    expect(await call(ws, 'roster/list-patterns', {})).toEqual([]);
    expect((await call(ws, 'deviations/list', { from: TUE, to: WED })).every((d) => d.review === 'open')).toBe(true);
    expect(await ask({}, 'person:pat')).toMatchObject({ ok: true });
    ws.close();
  });
});
