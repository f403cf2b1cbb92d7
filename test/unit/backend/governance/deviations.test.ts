// The deviation log (issue 15): differences between the version in force and what happened, one
// entry each; an actual no change explains is a silent override, outside policy; a weekly review
// groups them, and a planning assumption made from them is one undoable step linked back to them.
import { describe, expect, it } from 'vitest';
import { cli } from '../../cli-harness';
import { actualsWorkspace, csv, importText, TUE, TUESDAY_ACTUALS, WED } from '../actuals/actuals-helpers';
import { call } from '../temp-workspace';

describe('deviation log', () => {
  it('flags an actual on another operative with no change behind it as a silent override outside policy', async () => {
    const ws = await actualsWorkspace();
    // J-5 planned on OP-3 Tuesday, done by OP-1; J-3 no access; J-1 as planned.
    expect((await importText(ws, csv(...TUESDAY_ACTUALS))).ok).toBe(true);
    const list = await call(ws, 'deviations/list', { from: TUE, to: WED });
    expect(list.map((d) => `${d.ref} ${d.kind}`)).toEqual(['J-3 not-done', 'J-5 other-operative']);
    expect(list.find((d) => d.ref === 'J-5')).toMatchObject({
      within_policy: false,
      silent_override: true,
      reason_category: 'unexplained',
    });
    expect(list.find((d) => d.ref === 'J-3')).toMatchObject({ within_policy: true, reason_category: 'no-access', decided_by: 'OP-2' });

    const review = await call(ws, 'deviations/get-review', { from: TUE, to: WED });
    expect(review.outside_policy).toBe(1);
    const unexplained = review.groups.find((g) => g.reason_category === 'unexplained')!;
    const made = await call(ws, 'deviations/make-assumption', {
      from: TUE,
      to: WED,
      keys: unexplained.keys,
      note: 'carpentry runs long on this estate',
      assumption: { type: 'standard-duration', trade: 'CARP', job_type: 'ROUTINE', minutes: 80 },
    });
    expect(made).toEqual({ assumption: 'standard duration CARP/ROUTINE 80 min' });
    expect(await call(ws, 'durations/list-standard', {})).toMatchObject([{ trade: 'CARP', job_type: 'ROUTINE', minutes: 80 }]);
    expect((await call(ws, 'deviations/list', { from: TUE, to: WED })).find((d) => d.ref === 'J-5')).toMatchObject({
      review: 'assumption',
    });
    await call(ws, 'history/undo', {});
    expect(await call(ws, 'durations/list-standard', {})).toEqual([]);
    expect((await call(ws, 'deviations/list', { from: TUE, to: WED })).find((d) => d.ref === 'J-5')).toMatchObject({
      review: 'open',
    });
    const bad = await ws.dispatch('deviations/save-review', { from: TUE, to: WED, keys: ['actual:nope'], note: 'hmm hmm' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const db = ws.dbPath;
    ws.close();
    const r = await cli(['deviations', '--db', db, '--from', TUE, '--to', WED, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toContainEqual(
      expect.objectContaining({
        ref: 'J-5',
        kind: 'other-operative',
        planned: { operative_id: 'OP-3', date: TUE, time: expect.any(String) },
        actual: { operative_id: 'OP-1', date: TUE, time: '13:00' },
        decided_by: 'OP-1 (no change request)',
        reason: 'no change request explains it',
        within_policy: false,
        review: 'open',
      }),
    );
    expect((await cli(['deviations', '--db', db, '--from', WED, '--to', TUE])).code).toBe(2);
  });
});
