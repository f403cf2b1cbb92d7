// Links, the dependency map's critical path, and bad input — on a real temp SQLite workspace.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { call, GOOD, goodWorkspace, tempDir, tempWorkspace, undoLabel } from './temp-workspace';

type Ws = Awaited<ReturnType<typeof tempWorkspace>>;
const links = async (ws: Ws) => (await call(ws, 'dependencies/list')).map((d) => `${d.pred_ref}>${d.succ_ref}+${d.lag_min}`);

describe('dependencies/add-link and remove-link', () => {
  it('adds a link with lag as one undoable step, and removes it the same way', async () => {
    const ws = await goodWorkspace();
    expect(await call(ws, 'dependencies/add-link', { pred_ref: 'J-1001', succ_ref: 'J-1002', lag_min: 30 })).toEqual({
      link: { pred_ref: 'J-1001', succ_ref: 'J-1002', lag_min: 30 },
      updated: false,
    });
    expect(await links(ws)).toContain('J-1001>J-1002+30');
    expect(await undoLabel(ws)).toBe('Link J-1001 → J-1002 (lag 30 min)');
    await call(ws, 'history/undo');
    expect(await links(ws)).not.toContain('J-1001>J-1002+30');
    await call(ws, 'history/redo');
    expect(await links(ws)).toContain('J-1001>J-1002+30');

    // The same pair with another lag changes the lag.
    expect(await call(ws, 'dependencies/add-link', { pred_ref: 'J-1001', succ_ref: 'J-1002', lag_min: 90 })).toMatchObject({
      updated: true,
    });
    expect(await links(ws)).toContain('J-1001>J-1002+90');

    await call(ws, 'dependencies/remove-link', { pred_ref: 'J-1001', succ_ref: 'J-1002' });
    expect((await links(ws)).some((l) => l.startsWith('J-1001>J-1002'))).toBe(false);
    await call(ws, 'history/undo');
    expect(await links(ws)).toContain('J-1001>J-1002+90');
    ws.close();
  });

  it('refuses a link that would close a cycle, naming the refs in order, and changes nothing', async () => {
    const ws = await goodWorkspace();
    const before = await links(ws);
    const r = await ws.dispatch('dependencies/add-link', { pred_ref: 'J-1005', succ_ref: 'J-1003' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'J-1003 cannot depend on J-1005: that would close the cycle J-1005 → J-1003 → J-1004 → J-1005; nothing was changed',
        details: { cycle: ['J-1005', 'J-1003', 'J-1004'] },
      },
    });
    expect(await links(ws)).toEqual(before);
    expect(await undoLabel(ws)).toMatch(/^Import/);
    ws.close();
  });

  it('gives specific errors for self-links, missing jobs, negative lag and duplicates, changing nothing', async () => {
    const ws = await goodWorkspace();
    const before = await links(ws);
    const expectError = async (input: unknown, code: string, message: RegExp) => {
      const r = await ws.dispatch('dependencies/add-link', input);
      expect(r).toMatchObject({ ok: false, error: { code } });
      if (!r.ok) expect(r.error.message).toMatch(message);
    };
    await expectError({ pred_ref: 'J-1001', succ_ref: 'J-1001' }, 'VALIDATION', /^J-1001 cannot depend on itself/);
    await expectError({ pred_ref: 'J-1001', succ_ref: 'J-9999' }, 'NOT_FOUND', /^No job with ref J-9999/);
    await expectError({ pred_ref: 'J-1001', succ_ref: 'J-1002', lag_min: -5 }, 'VALIDATION', /lag_min: lag must not be negative/);
    await expectError({ pred_ref: 'J-1001', succ_ref: 'J-1002', lag_min: 1.5 }, 'VALIDATION', /lag_min: lag must be whole minutes/);
    await expectError({ pred_ref: 'J-1003', succ_ref: 'J-1004', lag_min: 60 }, 'CONFLICT', /J-1004 already depends on J-1003 \(lag 1 h\)/);
    const r = await ws.dispatch('dependencies/remove-link', { pred_ref: 'J-1001', succ_ref: 'J-1002' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'J-1002 does not depend on J-1001; nothing was changed' } });
    expect(await links(ws)).toEqual(before);
    expect(await undoLabel(ws)).toMatch(/^Import/);
    ws.close();
  });
});

describe('the CLI import', () => {
  it('refuses a re-import that would close a cycle with stored links, naming it in order (exit 2)', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.db');
    const errors: string[] = [];
    const origError = console.error;
    console.error = (s: string) => errors.push(String(s));
    try {
      expect(await runCli(['import', '--db', db, '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${GOOD}/jobs.csv`], () => {})).toBe(
        0,
      );
      // J-1003 now waits for J-1005, which already waits (through J-1004) for J-1003.
      const lines = fs.readFileSync(`${GOOD}/jobs.csv`, 'utf8').split('\n');
      const j1003 = lines.find((l) => l.startsWith('J-1003,'))!.replace(',ALL,,3,3,', ',ALL,J-1005,3,3,');
      const file = path.join(dir, 'jobs.csv');
      fs.writeFileSync(file, `${lines[0]}\n${j1003}\n`);
      expect(await runCli(['import', '--db', db, '--jobs', file], () => {})).toBe(2);
    } finally {
      console.error = origError;
    }
    expect(errors.join('\n')).toMatch(/jobs\.csv:2 depends_on: dependency cycle: J-1003 → J-1004 → J-1005 → J-1003/);
  });
});

describe('dependencies/get-map', () => {
  const PLAN_START = '2027-01-04T08:00';

  it('marks the critical path per chain and gives slack; a job with no links is in no chain', async () => {
    const ws = await goodWorkspace();
    // J-1013 (60) → J-1020 (+15, 240); add J-1013 → J-1015 (30): the short branch has slack.
    await call(ws, 'dependencies/add-link', { pred_ref: 'J-1013', succ_ref: 'J-1015' });
    const map = await call(ws, 'dependencies/get-map', { plan_start: PLAN_START });
    const node = (ref: string) => map.nodes.find((n) => n.ref === ref)!;
    expect(node('J-1013')).toMatchObject({
      chain: 'J-1013',
      critical: true,
      slack_min: 0,
      start: '2027-01-04T08:00',
      end: '2027-01-04T09:00',
      placement: null,
    });
    expect(node('J-1020')).toMatchObject({ critical: true, slack_min: 0, start: '2027-01-04T09:15', end: '2027-01-04T13:15' });
    expect(node('J-1015')).toMatchObject({ critical: false, slack_min: 225 });
    expect(map.chains.find((c) => c.id === 'J-1013')).toEqual({
      id: 'J-1013',
      refs: ['J-1013', 'J-1015', 'J-1020'],
      start: '2027-01-04T08:00',
      end: '2027-01-04T13:15',
      critical: ['J-1013', 'J-1020'],
    });
    // Unlinked jobs only on request, and then never critical.
    expect(map.nodes.find((n) => n.ref === 'J-1001')).toBeUndefined();
    const all = await call(ws, 'dependencies/get-map', { plan_start: PLAN_START, include_unlinked: true });
    expect(all.nodes.find((n) => n.ref === 'J-1001')).toMatchObject({ chain: null, slack_min: null, critical: false });
    ws.close();
  });

  it('times placed jobs from their diary slot and flags deadlines no plan can meet', async () => {
    const ws = await goodWorkspace();
    await call(ws, 'diary/assign-job', { ref: 'J-1003', operative_id: 'OP-004', date: '2027-01-05' });
    // J-1008 (URGENT, due 8 Jan 23:59) waiting ten days after J-1003 cannot make it.
    await call(ws, 'dependencies/add-link', { pred_ref: 'J-1003', succ_ref: 'J-1008', lag_min: 14_400 });
    const map = await call(ws, 'dependencies/get-map', { plan_start: PLAN_START });
    const node = (ref: string) => map.nodes.find((n) => n.ref === ref)!;
    expect(node('J-1003').placement).toMatchObject({ operative_id: 'OP-004', operative_name: "O'Brien, Sean", date: '2027-01-05' });
    expect(node('J-1003').start.slice(0, 10)).toBe('2027-01-05');
    expect(node('J-1008')).toMatchObject({
      deadline_unrealistic: true,
      sla_deadline: '2027-01-08T23:59',
      earliest_finish: '2027-01-14T14:00',
    });
    expect(node('J-1004')).toMatchObject({ deadline_unrealistic: false, placement: null });
    // J-1004 waits for J-1003's real slot plus 60 minutes, not for the plan start.
    expect(node('J-1004').start > node('J-1003').end).toBe(true);
    ws.close();
  });
});
