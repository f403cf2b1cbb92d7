// Operatives, supervisor flags and absences edited in place (issue 13): the CSV's checks and
// messages, "N placements now blocked" at once, retirement that keeps history, and each change
// one undoable step with who and when. Real SQLite files.
import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../../../shared/api/contract';
import type { ImportResult, JobView, OperativeView } from '../../../../shared/api/views';
import { OPERATIVE_COLUMNS } from '../../../../shared/csv';
import { currentUser } from '../../../../electron/backend/identity';
import { call } from '../temp-workspace';
import { fieldErrors, refused, snapshot, withGoodFixtures } from './helpers';

const TUE = '2027-01-05';
const newOperative = (over: Record<string, unknown> = {}) => ({
  name: 'Kim Lee',
  trades: ['GAS:3', 'PLUMB:2'],
  competences: 'GAS_SAFE@2028-01-31',
  start_lat: 53.79,
  start_lon: -1.55,
  shift_start: '08:00',
  shift_end: '16:00',
  working_days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
  areas: '',
  ...over,
});

describe('operatives: add and edit', () => {
  it('adds an operative with a generated id, one undoable step with who and when in its history', async () => {
    const ws = await withGoodFixtures();
    const r = await call<ApiOutput<'operatives/create-operative'>>(ws, 'operatives/create-operative', { fields: newOperative() });
    expect(r.operative).toMatchObject({
      id: 'OP-007',
      trades: [
        { trade: 'GAS', proficiency: 3 },
        { trade: 'PLUMB', proficiency: 2 },
      ],
    });
    expect(await call(ws, 'operatives/get-history', { id: 'OP-007' })).toEqual([
      expect.objectContaining({ kind: 'added', who: currentUser(ws.store), at: '2027-01-04T07:00:00Z' }),
    ]);
    await call(ws, 'history/undo');
    expect((await call<unknown[]>(ws, 'operatives/list')).length).toBe(6);
    ws.close();
  });

  it('refuses bad cells with the messages operatives.csv gives, a taken id and a start outside the service area', async () => {
    const ws = await withGoodFixtures();
    const before = snapshot(ws);
    const fields = newOperative({ id: 'OP-100', trades: 'GAS:9;GAS:2', shift_end: '07:00', working_days: 'Mon;Funday' });
    const e = await refused(ws, 'operatives/create-operative', { fields }, 'VALIDATION');
    const cell = (v: unknown) => `"${(Array.isArray(v) ? v.join(';') : String(v)).replace(/"/g, '""')}"`;
    const csv = `${OPERATIVE_COLUMNS.join(',')}\n${OPERATIVE_COLUMNS.map((c) => cell((fields as Record<string, unknown>)[c] ?? '')).join(',')}\n`;
    const imported = await call<ImportResult>(ws, 'import/run-csv', { operatives: csv });
    expect(imported.ok).toBe(false);
    if (!imported.ok)
      expect(
        fieldErrors(e)
          .map((x) => x.message)
          .sort(),
      ).toEqual(imported.errors.map((x) => x.message).sort());
    expect((await refused(ws, 'operatives/create-operative', { fields: newOperative({ id: 'OP-001' }) }, 'VALIDATION')).message).toMatch(
      /id OP-001 is already used by another operative/,
    );
    expect(
      (await refused(ws, 'operatives/create-operative', { fields: newOperative({ start_lat: 55.95 }) }, 'VALIDATION')).message,
    ).toMatch(/start_lat 55\.95 is outside the service area/);
    expect(snapshot(ws)).toBe(before);
    ws.close();
  });

  it("a certificate expiry moved into the past blocks that operative's placements needing it, and lists them at once", async () => {
    const ws = await withGoodFixtures();
    await call(ws, 'diary/assign-job', { ref: 'J-1017', operative_id: 'OP-001', date: TUE }); // GAS, needs GAS_SAFE
    await call(ws, 'diary/assign-job', { ref: 'J-1019', operative_id: 'OP-001', date: TUE }); // PLUMB, needs nothing
    const r = await call<ApiOutput<'operatives/update-operative'>>(ws, 'operatives/update-operative', {
      id: 'OP-001',
      fields: { competences: 'GAS_SAFE@2027-01-01;HEIGHT' },
    });
    expect(r.changed).toEqual(['competences']);
    expect(r.blocked).toEqual([
      {
        ref: 'J-1017',
        operative_id: 'OP-001',
        date: TUE,
        rule_id: 'competence-expiry',
        message: "J-1017: Aisha Khan's GAS_SAFE certificate expired on 1 Jan 2027; job date 5 Jan 2027",
      },
    ]);
    const check = await call<ApiOutput<'diary/check-placement'>>(ws, 'diary/check-placement', {
      ref: 'J-1017',
      to: { operative_id: 'OP-001', date: TUE, index: 0 },
    });
    expect(check.status).toBe('blocked');
    expect((await call<{ kind: string; detail: unknown }[]>(ws, 'operatives/get-history', { id: 'OP-001' })).at(-1)).toMatchObject({
      kind: 'edited',
      detail: { changes: { competences: { from: 'GAS_SAFE@2027-06-30;HEIGHT', to: 'GAS_SAFE@2027-01-01;HEIGHT' } } },
    });
    expect((await call<{ kind: string; detail: unknown }[]>(ws, 'jobs/get-history', { ref: 'J-1017' })).at(-1)).toMatchObject({
      kind: 'blocked',
      detail: { by: 'Edit Aisha Khan: competences', rule_id: 'competence-expiry' },
    });
    // "Send back to tray" for the blocked placement: one undoable step.
    expect(await call(ws, 'diary/return-to-tray', { refs: ['J-1017'] })).toEqual({ refs: ['J-1017'] });
    expect((await call<JobView>(ws, 'jobs/get', { ref: 'J-1017' })).placement).toBeNull();
    expect((await call<{ undoLabel: string }>(ws, 'history/get-status')).undoLabel).toBe('Return 1 blocked placement to the tray');
    ws.close();
  });

  it('refuses to take away a trade that pinned placements need; unpinned ones are reported instead', async () => {
    const ws = await withGoodFixtures();
    await call(ws, 'diary/assign-job', { ref: 'J-1017', operative_id: 'OP-001', date: TUE, pinned: true });
    await call(ws, 'diary/assign-job', { ref: 'J-1019', operative_id: 'OP-001', date: TUE });
    const before = snapshot(ws);
    const e = await refused(ws, 'operatives/update-operative', { id: 'OP-001', fields: { trades: 'PLUMB:3' } }, 'VALIDATION');
    expect(fieldErrors(e)).toEqual([
      { field: 'trades', message: 'removing GAS would break pinned placement J-1017 (Tue 5 Jan, needs GAS 3); unpin or move it first' },
    ]);
    const lowered = await refused(ws, 'operatives/update-operative', { id: 'OP-001', fields: { trades: 'GAS:2;PLUMB:3' } }, 'VALIDATION');
    expect(lowered.message).toMatch(/lowering GAS to 2 would break pinned placement J-1017/);
    expect(snapshot(ws)).toBe(before);
    const r = await call<ApiOutput<'operatives/update-operative'>>(ws, 'operatives/update-operative', {
      id: 'OP-001',
      fields: { trades: 'GAS:4' },
    });
    expect(r.blocked.map((b) => [b.ref, b.rule_id])).toEqual([['J-1019', 'trade-proficiency']]);
    ws.close();
  });
});

describe('retiring an operative', () => {
  it('leaves the board and cannot be placed on from that day; history and old records stay; future placements are listed', async () => {
    const ws = await withGoodFixtures();
    await call(ws, 'diary/assign-job', { ref: 'J-1009', operative_id: 'OP-003', date: TUE });
    await call(ws, 'diary/assign-job', { ref: 'J-1019', operative_id: 'OP-003', date: '2027-01-12' });
    const r = await call<ApiOutput<'operatives/retire-operative'>>(ws, 'operatives/retire-operative', {
      id: 'OP-003',
      reason: 'Left the company',
      from: '2027-01-11',
    });
    expect(r.operative.retired_from).toBe('2027-01-11');
    expect(r.blocked).toEqual([
      expect.objectContaining({
        ref: 'J-1019',
        rule_id: 'operative-retired',
        message: 'J-1019: Priya Patel retired on 11 Jan 2027: no work from that date',
      }),
    ]);
    const boardAfter = await call<ApiOutput<'diary/get-board'>>(ws, 'diary/get-board', { from: '2027-01-18', to: '2027-01-22' });
    expect(boardAfter.operatives.map((o) => o.id)).not.toContain('OP-003');
    const boardBefore = await call<ApiOutput<'diary/get-board'>>(ws, 'diary/get-board', { from: '2027-01-04', to: '2027-01-08' });
    expect(boardBefore.operatives.map((o) => o.id)).toContain('OP-003'); // old week: still resolves
    const e = await refused(ws, 'diary/assign-job', { ref: 'J-1002', operative_id: 'OP-003', date: '2027-01-18' }, 'RULE_VIOLATION');
    expect(e.message).toMatch(/Priya Patel retired on 11 Jan 2027/);
    expect((await call<JobView>(ws, 'jobs/get', { ref: 'J-1009' })).placement).toMatchObject({ operative_id: 'OP-003' });
    expect((await call<{ kind: string }[]>(ws, 'operatives/get-history', { id: 'OP-003' })).map((x) => x.kind)).toEqual(['retired']);
    expect((await refused(ws, 'operatives/retire-operative', { id: 'OP-003', reason: 'again' }, 'CONFLICT')).message).toMatch(
      /already retired/,
    );
    const suggestions = await call<ApiOutput<'diary/suggest-operatives'>>(ws, 'diary/suggest-operatives', {
      ref: 'J-1002',
      date: '2027-01-18',
    });
    expect([...suggestions.suggested, ...suggestions.cannot].map((s) => s.operative_id)).not.toContain('OP-003');
    await call(ws, 'history/undo');
    const ops = await call<OperativeView[]>(ws, 'operatives/list');
    expect(ops.find((o) => o.id === 'OP-003')!.retired_from).toBeUndefined();
    ws.close();
  });
});

describe('supervisor flags and absences', () => {
  const flag = (over: Record<string, unknown> = {}) => ({
    operative_id: 'OP-001',
    flag: 'DO_NOT_SEND',
    scope: 'trade:GAS',
    until: '2027-02-01',
    owner: 'Dave Holt',
    note: 'Near miss at LS6; retraining first',
    ...over,
  });

  it('a DO_NOT_SEND flag lists the placements it blocks; edit and end it; each one undoable step', async () => {
    const ws = await withGoodFixtures();
    await call(ws, 'diary/assign-job', { ref: 'J-1017', operative_id: 'OP-001', date: TUE });
    await call(ws, 'diary/assign-job', { ref: 'J-1019', operative_id: 'OP-001', date: TUE });
    const created = await call<ApiOutput<'flags/create-flag'>>(ws, 'flags/create-flag', flag());
    expect(created.flag).toMatchObject({
      operative_id: 'OP-001',
      flag: 'DO_NOT_SEND',
      scope: 'trade:GAS',
      until: '2027-02-01',
      owner: 'Dave Holt',
    });
    expect(created.blocked.map((b) => [b.ref, b.rule_id])).toEqual([['J-1017', 'do-not-send']]);
    const id = created.flag.id!;
    const widened = await call<ApiOutput<'flags/update-flag'>>(ws, 'flags/update-flag', {
      id,
      ...flag({ flag: 'REDUCED_DUTIES', scope: 'trade:PLUMB' }),
    });
    expect(widened.blocked.map((b) => [b.ref, b.rule_id])).toEqual([['J-1019', 'reduced-duties']]);
    const ended = await call<ApiOutput<'flags/end-flag'>>(ws, 'flags/end-flag', { id, from: TUE });
    expect(ended.flag.until).toBe('2027-01-04');
    expect((await call<{ kind: string; who: string }[]>(ws, 'operatives/get-history', { id: 'OP-001' })).map((x) => x.kind)).toEqual([
      'flag-added',
      'flag-changed',
      'flag-ended',
    ]);
    await call(ws, 'history/undo');
    expect((await call<{ id: number; until: string }[]>(ws, 'flags/list')).find((f) => f.id === id)?.until).toBe('2027-02-01');
    ws.close();
  });

  it.each([
    ['no owner', { owner: ' ' }, 'owner', /owner is required/],
    [
      'a bad scope (the CSV message)',
      { scope: 'postcode:LS6' },
      'scope',
      /scope "postcode:LS6" is not trade:X, competence:X, area:X or job:REF/,
    ],
    ['an unknown job in the scope', { scope: 'job:J-404' }, 'scope', /names unknown job "J-404"/],
    ['a review date already past', { until: '2027-01-01' }, 'until', /until 2027-01-01 is before today \(2027-01-04\)/],
    [
      'the same flag twice',
      { operative_id: 'OP-003', scope: 'competence:GAS_SAFE' },
      'scope',
      /OP-003 already has a DO_NOT_SEND flag on competence:GAS_SAFE/,
    ],
    ['an unknown kind', { flag: 'NEVER' }, 'flag', /flag "NEVER" is not DO_NOT_SEND or REDUCED_DUTIES/],
  ])('refuses a flag with %s, changing nothing', async (_what, over, field, message) => {
    const ws = await withGoodFixtures();
    const before = snapshot(ws);
    const e = await refused(ws, 'flags/create-flag', flag(over), 'VALIDATION');
    expect(fieldErrors(e).find((f) => f.field === field)?.message).toMatch(message);
    expect(snapshot(ws)).toBe(before);
    ws.close();
  });

  it('ends an absence early: the operative is back that day and can be placed again', async () => {
    const ws = await withGoodFixtures();
    const a = (await call<{ id: number; operative_id: string; from: string }[]>(ws, 'absences/list')).find(
      (x) => x.operative_id === 'OP-005',
    )!;
    await refused(ws, 'diary/assign-job', { ref: 'J-1008', operative_id: 'OP-005', date: '2027-01-13' }, 'RULE_VIOLATION');
    const r = await call<ApiOutput<'absences/end-absence'>>(ws, 'absences/end-absence', { id: a.id, from: '2027-01-13' });
    expect(r.absence).toMatchObject({ from: '2027-01-11', to: '2027-01-12' });
    await call(ws, 'diary/assign-job', { ref: 'J-1008', operative_id: 'OP-005', date: '2027-01-13' });
    expect((await call<{ kind: string }[]>(ws, 'operatives/get-history', { id: 'OP-005' })).map((e) => e.kind)).toEqual(['absence-ended']);
    expect((await refused(ws, 'absences/end-absence', { id: a.id, from: '2027-01-11' }, 'CONFLICT')).message).toMatch(/remove it instead/);
    expect((await refused(ws, 'absences/end-absence', { id: a.id, from: '2027-01-20' }, 'CONFLICT')).message).toMatch(
      /already ended on 12 Jan 2027/,
    );
    ws.close();
  });
});
