// The roster backend on real temp SQLite files: per-day edits, patterns, absences, cover,
// capacity, drop-outs and roster.csv — each write one undoable step.
import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../../shared/api/contract';
import { isContractName } from '../../../shared/api/contract';
import type { DaySpec } from '../../../shared/roster';
import { call, goodWorkspace, placementOf, tempWorkspace, undoLabel } from './temp-workspace';

type Ws = Awaited<ReturnType<typeof tempWorkspace>>;
type Grid = ApiOutput<'roster/get-grid'>;
const TUE = '2027-01-05';
const dayOf = async (ws: Ws, op: string, date: string) => {
  const g = await call(ws, 'roster/get-grid', { from: date, to: date });
  return g.operatives.find((o) => o.id === op)!.days[0]!;
};
const work = (start: string, end: string, overnight = false) => ({ start, end, overnight });

async function placeTwo(ws: Ws) {
  // Aisha Khan (OP-001) works 08:00–16:30 Mon–Fri.
  await call(ws, 'diary/assign-job', { ref: 'J-1001', operative_id: 'OP-001', date: TUE });
  await call(ws, 'diary/assign-job', { ref: 'J-1017', operative_id: 'OP-001', date: TUE });
}

describe('roster: per-day edits', () => {
  it('stores an override, shows it in the grid, and undoes in one step', async () => {
    const ws = await goodWorkspace();
    expect(await dayOf(ws, 'OP-001', TUE)).toMatchObject({
      working: true,
      shift: work('08:00', '16:30'),
      source: 'pattern',
      absence: null,
    });
    const r = await call(ws, 'roster/set-day', {
      operative_id: 'OP-001',
      date: TUE,
      day: { work: work('10:00', '14:00'), on_call: true },
    });
    expect(r.day).toMatchObject({ working: true, shift: work('10:00', '14:00'), on_call: true, source: 'override' });
    expect(await dayOf(ws, 'OP-001', TUE)).toMatchObject({ shift: work('10:00', '14:00'), on_call: true, source: 'override' });
    expect(await undoLabel(ws)).toBe('Roster: Aisha Khan, Tue 5 Jan 10:00–14:00, on call');
    await call(ws, 'history/undo');
    expect(await dayOf(ws, 'OP-001', TUE)).toMatchObject({ shift: work('08:00', '16:30'), on_call: false, source: 'pattern' });
    // Clearing returns the day to its pattern.
    await call(ws, 'roster/set-day', { operative_id: 'OP-001', date: TUE, day: { work: null, on_call: false } });
    expect(await dayOf(ws, 'OP-001', TUE)).toMatchObject({ working: false, source: 'override' });
    await call(ws, 'roster/set-day', { operative_id: 'OP-001', date: TUE, day: null });
    expect(await dayOf(ws, 'OP-001', TUE)).toMatchObject({ working: true, source: 'pattern' });
    ws.close();
  });

  it('a bank holiday blocks placement until an override puts the operative on', async () => {
    const ws = await goodWorkspace();
    const refused = await ws.dispatch('diary/assign-job', { ref: 'J-1017', operative_id: 'OP-001', date: '2027-03-29' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/29 Mar 2027 is a bank holiday \(Easter Monday\)/);
    await call(ws, 'roster/set-day', { operative_id: 'OP-001', date: '2027-03-29', day: { work: work('09:00', '13:00'), on_call: false } });
    const placed = await call(ws, 'diary/assign-job', {
      ref: 'J-1017',
      operative_id: 'OP-001',
      date: '2027-03-29',
    });
    expect(placed.status).not.toBe('blocked');
    expect(placed.violations.map((v) => v.ruleId)).not.toContain('working-day');
    ws.close();
  });

  it('refuses bad days with the reason, changing nothing', async () => {
    const ws = await goodWorkspace();
    const bad = async (input: unknown) => {
      const r = await ws.dispatch('roster/set-day', input);
      expect(r.ok).toBe(false);
      return r.ok ? null : r.error;
    };
    expect(await bad({ operative_id: 'OP-001', date: TUE, day: { work: work('22:00', '06:00'), on_call: false } })).toMatchObject({
      code: 'VALIDATION',
      message: 'Aisha Khan, 2027-01-05: end 06:00 is before start 22:00; a shift crossing midnight must be marked: write 06:00+1',
    });
    expect(await bad({ operative_id: 'OP-001', date: TUE, day: { work: work('22:00', '09:00', true), on_call: false } })).toMatchObject({
      code: 'VALIDATION',
      message:
        'Aisha Khan: overlapping shifts: the work shift 22:00–09:00 +1 on 2027-01-05 overlaps the work shift 08:00–16:30 on 2027-01-06',
    });
    expect(
      await bad({ operative_id: 'OP-001', date: TUE, day: { work: work('08:00', '16:00'), on_call: work('15:00', '20:00') } }),
    ).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/overlapping shifts/) });
    expect(await bad({ operative_id: 'NOBODY', date: TUE, day: null })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await bad({ operative_id: 'OP-001', date: '2030-01-01', day: null })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/outside the planning calendar/),
    });
    expect(await undoLabel(ws)).toMatch(/^Import/);
    ws.close();
  });
});

describe('roster: drop-outs', () => {
  it('a roster change that leaves placed jobs outside hours flags them; one action sends them to the tray; both undo', async () => {
    const ws = await goodWorkspace();
    await placeTwo(ws);
    const r = await call(ws, 'roster/set-day', {
      operative_id: 'OP-001',
      date: TUE,
      day: { work: work('08:00', '09:00'), on_call: false },
    });
    const refs = r.dropouts.map((d) => d.ref);
    expect(refs).toContain('J-1017');
    expect(r.dropouts.find((d) => d.ref === 'J-1017')).toMatchObject({
      operative_id: 'OP-001',
      date: TUE,
      reason: 'outside-hours',
      message: expect.stringMatching(/^J-1017 would finish at .*past Aisha Khan's 08:00–09:00 shift on 5 Jan 2027/),
    });
    expect((await call(ws, 'roster/list-dropouts', { from: '2027-01-01' })).map((d) => d.ref)).toEqual(refs);

    // The board gets the roster and the drop-outs, so it judges and flags the same way.
    const board = await call(ws, 'diary/get-board', { from: '2027-01-04', to: '2027-01-08' });
    expect(board.roster.days).toEqual([
      { operative_id: 'OP-001', date: TUE, kind: 'work', start: '08:00', end: '09:00', overnight: false },
    ]);
    expect(board.dropouts.map((d) => d.ref)).toEqual(refs);

    // Raised for plan review in the same undoable step (where the review panel exists).
    if (isContractName('review/list-triggers')) {
      const { triggers } = await call(ws, 'review/list-triggers', {});
      expect(triggers.find((t) => t.refs.includes('J-1017'))).toMatchObject({
        kind: 'absence',
        message: expect.stringMatching(/no longer covered \(outside working hours\)/),
      });
    }

    await call(ws, 'roster/return-to-tray', { refs });
    for (const ref of refs) expect(await placementOf(ws, ref)).toBeNull();
    expect(await undoLabel(ws)).toBe(`Return ${refs.length} dropped-out job${refs.length === 1 ? '' : 's'} to the tray`);
    expect(await call(ws, 'roster/list-dropouts', { from: '2027-01-01' })).toEqual([]);
    await call(ws, 'history/undo'); // back on the board, still flagged
    expect(await placementOf(ws, 'J-1017')).toMatchObject({ operative_id: 'OP-001', date: TUE });
    await call(ws, 'history/undo'); // the roster change itself
    expect(await call(ws, 'roster/list-dropouts', { from: '2027-01-01' })).toEqual([]);
    ws.close();
  });

  it('a day off, a pattern or an absence over placed jobs flags every job that day', async () => {
    const ws = await goodWorkspace();
    await placeTwo(ws);
    const off = await call(ws, 'roster/set-day', {
      operative_id: 'OP-001',
      date: TUE,
      day: { work: null, on_call: false },
    });
    expect(off.dropouts.map((d) => [d.ref, d.reason])).toEqual([
      ['J-1001', 'off'],
      ['J-1017', 'off'],
    ]);
    await call(ws, 'history/undo');
    const OFF: DaySpec = { work: 'off', on_call: null };
    const SAME: DaySpec = { work: null, on_call: null };
    const pattern = await call(ws, 'roster/apply-pattern', {
      operative_ids: ['OP-001'],
      name: 'No Tuesdays',
      kind: 'weekly',
      from: '2027-01-04',
      to: null,
      days: [SAME, OFF, SAME, SAME, SAME, SAME, SAME],
    });
    expect(pattern.dropouts.map((d) => d.message)).toEqual([
      'J-1001: Aisha Khan does not work on Tuesdays (weekly pattern "No Tuesdays")',
      'J-1017: Aisha Khan does not work on Tuesdays (weekly pattern "No Tuesdays")',
    ]);
    await call(ws, 'history/undo');
    const sick = await call(ws, 'absences/add', {
      operative_id: 'OP-001',
      from: TUE,
      to: TUE,
      kind: 'sickness',
      reason: 'Flu',
    });
    expect(sick.dropouts.map((d) => [d.ref, d.reason])).toEqual([
      ['J-1001', 'absent'],
      ['J-1017', 'absent'],
    ]);
    ws.close();
  });
});

describe('roster: patterns, absences, cover', () => {
  it('alternate Saturdays over a range for two operatives; removing restores; undoable', async () => {
    const ws = await goodWorkspace();
    const days: DaySpec[] = Array.from({ length: 14 }, () => ({ work: null, on_call: null }));
    days[5] = { work: work('08:00', '12:00'), on_call: null };
    days[12] = { work: 'off', on_call: null };
    const r = await call(ws, 'roster/apply-pattern', {
      operative_ids: ['OP-001', 'OP-002'],
      name: 'Alternate Saturdays',
      kind: 'rotation',
      anchor: '2027-01-04',
      from: '2027-01-04',
      to: '2027-01-31',
      days,
    });
    expect(r.patterns.map((p) => p.operative_id)).toEqual(['OP-001', 'OP-002']);
    expect(await undoLabel(ws)).toBe('Apply pattern "Alternate Saturdays" to 2 operatives from 2027-01-04');
    expect(await dayOf(ws, 'OP-002', '2027-01-09')).toMatchObject({
      working: true,
      shift: work('08:00', '12:00'),
      source: 'rotation',
      pattern: 'Alternate Saturdays',
    });
    expect(await dayOf(ws, 'OP-002', '2027-01-16')).toMatchObject({ working: false, source: 'rotation' });
    expect(await dayOf(ws, 'OP-002', '2027-02-06')).toMatchObject({ working: false, source: 'pattern', pattern: null }); // after the range
    expect(await call(ws, 'roster/list-patterns', { operative_id: 'OP-001' })).toHaveLength(1);
    await call(ws, 'roster/delete-pattern', { id: r.patterns[0]!.id });
    expect(await dayOf(ws, 'OP-001', '2027-01-09')).toMatchObject({ working: false, source: 'pattern' });
    await call(ws, 'history/undo');
    expect(await dayOf(ws, 'OP-001', '2027-01-09')).toMatchObject({ working: true, source: 'rotation' });
    const bad = await ws.dispatch('roster/apply-pattern', {
      operative_ids: ['OP-001'],
      name: 'Nights',
      kind: 'rotation',
      from: '2027-01-04',
      to: null,
      days: [
        { work: work('20:00', '10:00', true), on_call: null },
        { work: work('08:00', '16:00'), on_call: null },
      ],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: "Nights: day 1's overnight shift 20:00–10:00 +1 overlaps day 2's 08:00–16:00" },
    });
    ws.close();
  });

  it('absences with type and reason: add, edit, remove, each undoable; duplicates refused', async () => {
    const ws = await goodWorkspace();
    const added = await call(ws, 'absences/add', {
      operative_id: 'OP-002',
      from: '2027-01-12',
      to: '2027-01-13',
      kind: 'training',
      reason: 'Asbestos awareness',
    });
    expect(await dayOf(ws, 'OP-002', '2027-01-12')).toMatchObject({
      absence: { kind: 'training', reason: 'Asbestos awareness', from: '2027-01-12', to: '2027-01-13' },
    });
    expect(await undoLabel(ws)).toBe('Add training for Tom Whitaker, 12–13 Jan 2027');
    const dup = await ws.dispatch('absences/add', {
      operative_id: 'OP-002',
      from: '2027-01-12',
      to: '2027-01-13',
      kind: 'leave',
      reason: '',
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await call(ws, 'absences/update', {
      id: added.absence.id!,
      operative_id: 'OP-002',
      from: '2027-01-12',
      to: '2027-01-14',
      kind: 'sickness',
      reason: 'Back pain',
    });
    expect(await dayOf(ws, 'OP-002', '2027-01-14')).toMatchObject({ absence: { kind: 'sickness', reason: 'Back pain' } });
    await call(ws, 'absences/delete', { id: added.absence.id! });
    expect((await dayOf(ws, 'OP-002', '2027-01-12')).absence).toBeNull();
    await call(ws, 'history/undo');
    expect(await dayOf(ws, 'OP-002', '2027-01-12')).toMatchObject({ absence: { kind: 'sickness' } });
    expect(
      await ws.dispatch('absences/add', { operative_id: 'OP-002', from: '2027-01-14', to: '2027-01-12', kind: 'leave', reason: '' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ws.close();
  });

  it('emergency cover rules flag days short of on-call operatives', async () => {
    const ws = await goodWorkspace();
    await call(ws, 'roster/set-cover', { rules: [{ trade: 'GAS', min: 1 }] });
    const before = await call(ws, 'roster/get-grid', { from: '2027-01-04', to: '2027-01-05' });
    expect(before.cover.gaps.map((g) => [g.date, g.trade, g.have])).toEqual([
      ['2027-01-04', 'GAS', 0],
      [TUE, 'GAS', 0],
    ]);
    await call(ws, 'roster/set-day', { operative_id: 'OP-001', date: TUE, day: { work: work('08:00', '16:30'), on_call: true } });
    const after = await call(ws, 'roster/get-grid', { from: '2027-01-04', to: '2027-01-05' });
    expect(after.cover.gaps.map((g) => g.date)).toEqual(['2027-01-04']);
    expect(await call(ws, 'roster/get-cover')).toEqual({ rules: [{ trade: 'GAS', min: 1 }] });
    expect(
      await ws.dispatch('roster/set-cover', {
        rules: [
          { trade: 'GAS', min: 1 },
          { trade: 'GAS', min: 2 },
        ],
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ws.close();
  });
});

describe('roster: capacity, roster.csv, schema', () => {
  it('capacity follows the roster: a day off removes those hours', async () => {
    const ws = await goodWorkspace();
    const gasTue = async () => {
      const c = await call(ws, 'roster/get-capacity', { from: '2027-01-04', to: '2027-01-08' });
      return c.trades.find((t) => t.trade === 'GAS')!.days[1]!;
    };
    // Aisha (GAS) and Priya (GAS, a competence flag does not bar the trade): 8.5 h each.
    expect((await gasTue()).available).toBe(17);
    await call(ws, 'roster/set-day', { operative_id: 'OP-001', date: TUE, day: { work: null, on_call: false } });
    expect((await gasTue()).available).toBe(8.5);
    ws.close();
  });

  it('roster.csv imports all or nothing, round-trips through export, and undoes in one step', async () => {
    const ws = await goodWorkspace();
    const bad = await call(ws, 'roster/import-csv', {
      csv: 'operative_id,date,start,end,kind\nOP-001,2027-01-05,08:00,12:00,work\nOP-999,2027-01-05,08:00,12:00,work\n',
    });
    expect(bad).toEqual({
      ok: false,
      errors: [
        {
          file: 'roster.csv',
          line: 3,
          field: 'operative_id',
          message: 'unknown operative "OP-999" (not among the workspace\'s operatives)',
        },
      ],
    });
    expect((await dayOf(ws, 'OP-001', TUE)).source).toBe('pattern');

    const good = await call(ws, 'roster/import-csv', {
      csv: 'operative_id,date,start,end,kind\nOP-001,2027-01-05,08:00,12:00,work\nOP-001,2027-01-05,18:00,07:00+1,on_call\nOP-002,2027-01-09,,,on_call\n',
      file: 'week2.csv',
    });
    expect(good).toMatchObject({ ok: true, rows: 3, days: 2 });
    expect(await dayOf(ws, 'OP-001', TUE)).toMatchObject({
      shift: work('08:00', '12:00'),
      on_call: true,
      on_call_hours: work('18:00', '07:00', true),
    });
    expect(await undoLabel(ws)).toBe('Import roster: 3 rows for 2 operatives');

    const only = await call(ws, 'roster/export-csv', { from: '2027-01-04', to: '2027-01-10', overrides_only: true });
    expect(only.csv).toBe(
      'operative_id,date,start,end,kind\nOP-001,2027-01-05,18:00,07:00+1,on_call\nOP-001,2027-01-05,08:00,12:00,work\nOP-002,2027-01-09,,,on_call\n',
    );
    const resolved = await call(ws, 'roster/export-csv', { from: TUE, to: TUE });
    expect(resolved.rows).toBe(7); // six operatives, Aisha with two rows
    expect(resolved.csv).toContain('OP-004,2027-01-05,08:00,17:00,work');
    expect(resolved.csv).toContain('OP-001,2027-01-05,18:00,07:00+1,on_call');
    // Importing the resolved export changes no day.
    const gridBefore = await call(ws, 'roster/get-grid', { from: TUE, to: TUE });
    await call(ws, 'roster/import-csv', { csv: resolved.csv });
    const strip = (g: Grid) => g.operatives.map((o) => o.days.map(({ source: _s, pattern: _p, ...d }) => d));
    expect(strip(await call(ws, 'roster/get-grid', { from: TUE, to: TUE }))).toEqual(strip(gridBefore));
    await call(ws, 'history/undo');
    await call(ws, 'history/undo');
    expect((await dayOf(ws, 'OP-001', TUE)).source).toBe('pattern');
    ws.close();
  });

  it('records schema version 6', async () => {
    const ws = await tempWorkspace();
    const versions = (ws.store.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version);
    expect(versions).toContain(6);
    ws.close();
  });
});
