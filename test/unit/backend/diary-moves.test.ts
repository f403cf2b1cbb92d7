import { describe, expect, it } from 'vitest';
import { call, goodFiles, goodWorkspace, placementOf } from './temp-workspace';

describe('diary moves checked by the rule set', () => {
  it('refuses a hard violation with the reason naming the facts, and changes nothing', async () => {
    const ws = await goodWorkspace();
    const r = await ws.dispatch('diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-002', date: '2027-01-05' }, seen: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    if (!r.ok) {
      expect(r.error.message).toMatch(/J-1002 needs PLUMB ≥ 2; Tom Whitaker has no PLUMB trade/);
      expect((r.error.details as { violations: { ruleId: string }[] }).violations.map((v) => v.ruleId)).toContain('trade-proficiency');
    }
    expect(await placementOf(ws, 'J-1002')).toBeNull();
    expect((await call(ws, 'history/get-status')).undoLabel).toMatch(/^Import/);
    ws.close();
  });

  it('places a blocked job only with a typed override reason, logged with who, when, rule and reason', async () => {
    const ws = await goodWorkspace();
    const r = await call(ws, 'diary/move-job', {
      ref: 'J-1002',
      to: { operative_id: 'OP-002', date: '2027-01-05' },
      seen: null,
      override_reason: 'Tom is shadowing a plumber today',
    });
    expect(r.status).toBe('blocked');
    expect(r.overrides.length).toBeGreaterThan(0);
    const log = await call(ws, 'diary/list-overrides');
    expect(log[0]).toMatchObject({ job_ref: 'J-1002', rule_id: 'trade-proficiency', reason: 'Tom is shadowing a plumber today' });
    expect(log[0]!.who.length).toBeGreaterThan(0);
    expect(log[0]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    ws.close();
  });

  it('blocks a non-working day with a specific reason', async () => {
    const ws = await goodWorkspace();
    // Priya Patel works Mon–Thu; 8 Jan 2027 is a Friday.
    const r = await ws.dispatch('diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-003', date: '2027-01-08' }, seen: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    if (!r.ok) expect(r.error.message).toMatch(/Fri/);
    ws.close();
  });

  it('refuses a date outside the planning calendar', async () => {
    const ws = await goodWorkspace();
    const r = await ws.dispatch('diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-001', date: '2031-01-06' }, seen: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/outside the planning calendar/) } });
    ws.close();
  });

  it('two rapid drops of the same card: the second is refused as stale, nothing duplicated', async () => {
    const ws = await goodWorkspace();
    const drop = (date: string) => ws.dispatch('diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-001', date }, seen: null });
    const [a, b] = await Promise.all([drop('2027-01-05'), drop('2027-01-06')]);
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/changed elsewhere.*Aisha Khan/) } });
    const entries = await call(ws, 'diary/list', { from: '2027-01-01', to: '2027-01-31' });
    expect(entries.filter((e) => e.job_ref === 'J-1002')).toHaveLength(1);
    ws.close();
  });

  it('a stale card (moved in another window) is refused with where it is now', async () => {
    const ws = await goodWorkspace();
    await call(ws, 'diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
    const r = await ws.dispatch('diary/move-job', {
      ref: 'J-1002',
      to: { operative_id: 'OP-003', date: '2027-01-06' },
      seen: { operative_id: 'OP-001', date: '2027-01-04', sequence: 0 },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await placementOf(ws, 'J-1002')).toMatchObject({ operative_id: 'OP-001', date: '2027-01-05' });
    ws.close();
  });

  it('a job deleted meanwhile gets a specific message', async () => {
    const ws = await goodWorkspace();
    await call(ws, 'history/undo'); // the import is undone: every job is gone
    const r = await ws.dispatch('diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/J-1002 no longer exists/) } });
    ws.close();
  });

  it('moves several selected jobs as one undoable step, and back to the tray', async () => {
    const ws = await goodWorkspace();
    const res = await call(ws, 'diary/move-jobs', {
      moves: [
        { ref: 'J-1002', seen: null },
        { ref: 'J-1019', seen: null },
      ],
      to: { operative_id: 'OP-001', date: '2027-01-05' },
    });
    expect(res.map((r) => [r.ref, r.entry?.sequence])).toEqual([
      ['J-1002', 0],
      ['J-1019', 1],
    ]);
    await call(ws, 'diary/move-job', { ref: 'J-1019', to: null, seen: { operative_id: 'OP-001', date: '2027-01-05', sequence: 1 } });
    expect(await placementOf(ws, 'J-1019')).toBeNull();
    await call(ws, 'history/undo');
    await call(ws, 'history/undo');
    expect(await placementOf(ws, 'J-1002')).toBeNull();
    expect(await placementOf(ws, 'J-1019')).toBeNull();
    ws.close();
  });

  it('a multi-move with one blocked job places none of them', async () => {
    const ws = await goodWorkspace();
    const r = await ws.dispatch('diary/move-jobs', {
      moves: [
        { ref: 'J-1002', seen: null },
        { ref: 'J-1006', seen: null }, // ELEC: Aisha has none
      ],
      to: { operative_id: 'OP-001', date: '2027-01-05' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    expect(await placementOf(ws, 'J-1002')).toBeNull();
    ws.close();
  });

  it('pins and unpins, keeps a history of moves, and serves the board', async () => {
    const ws = await goodWorkspace();
    await call(ws, 'diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
    await call(ws, 'diary/move-job', {
      ref: 'J-1002',
      to: { operative_id: 'OP-003', date: '2027-01-06' },
      seen: { operative_id: 'OP-001', date: '2027-01-05', sequence: 0 },
    });
    expect((await call(ws, 'diary/pin-job', { ref: 'J-1002', pinned: true })).pinned).toBe(true);
    const history = await call(ws, 'jobs/get-history', { ref: 'J-1002' });
    expect(history.map((h) => h.kind)).toEqual(['placed', 'moved', 'pinned']);
    const board = await call(ws, 'diary/get-board', {
      from: '2027-01-04',
      to: '2027-01-10',
    });
    expect(board.dates).toHaveLength(7);
    expect(board.jobs).toHaveLength(20);
    expect(board.entries).toHaveLength(1);
    await call(ws, 'history/undo');
    const after = await call(ws, 'diary/get-board', { from: '2027-01-04', to: '2027-01-10' });
    expect(after.version).not.toBe(board.version);
    ws.close();
  });

  it('check-placement explains without writing', async () => {
    const ws = await goodWorkspace();
    const r = await call(ws, 'diary/check-placement', {
      ref: 'J-1001',
      to: { operative_id: 'OP-003', date: '2027-01-05' },
    });
    expect(r.status).toBe('blocked');
    expect(r.violations.map((v) => v.ruleId)).toEqual(expect.arrayContaining(['trade-proficiency', 'do-not-send']));
    expect(await placementOf(ws, 'J-1001')).toBeNull();
    ws.close();
  });
});

describe('planning world cache', () => {
  it('a diary move keeps the planning world (no rebuild); an edit to jobs or people invalidates it', async () => {
    const { worldOf } = await import('../../../electron/backend/planning/world');
    const ws = await goodWorkspace();
    const before = worldOf(ws.store);
    await call(ws, 'diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
    expect(worldOf(ws.store)).toBe(before);
    await call(ws, 'history/undo');
    expect(worldOf(ws.store)).toBe(before);
    await call(ws, 'import/run-csv', { jobs: goodFiles().jobs.replace('Boiler relit and flue tested', 'Boiler replaced') });
    expect(worldOf(ws.store)).not.toBe(before);
    expect(worldOf(ws.store).jobs.get('J-1001')!.done_when).toBe('Boiler replaced');
    ws.close();
  });
});
