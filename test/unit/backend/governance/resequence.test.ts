// Resequence requests (issue 15) reorder the operative's day when the policy applies them or the
// planner approves them — one undoable step — instead of only being recorded.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../../electron/backend/workspace';
import { cli } from '../../cli-harness';
import { as, ok, staffedWorkspace } from './helpers';

async function dayOrder(ws: Workspace): Promise<string[]> {
  const all = await ok<{ job_ref: string; operative_id: string; date: string; sequence: number }[]>(ws, 'diary/list', {
    from: '2027-01-05',
    to: '2027-01-05',
  });
  return all
    .filter((e) => e.operative_id === 'OP-001')
    .sort((a, b) => a.sequence - b.sequence)
    .map((e) => e.job_ref);
}

async function threeVisits() {
  const ws = await staffedWorkspace(); // J-1002 on OP-001, Tuesday 5 January 2027
  for (const ref of ['J-1009', 'J-1019']) await ok(ws, 'diary/assign-job', { ref, operative_id: 'OP-001', date: '2027-01-05' });
  expect(await dayOrder(ws)).toEqual(['J-1002', 'J-1009', 'J-1019']);
  return ws;
}

describe('resequence requests', () => {
  it('a free resequence puts the visit where it was asked in its day; undo puts it back', async () => {
    const ws = await threeVisits();
    const r = await ok(ws, 'changes/request', { ref: 'J-1019', kind: 'resequence', to_sequence: 0, reason: 'tenant out after 11' }, 'lee');
    expect(r).toMatchObject({ state: 'applied', to_sequence: 0 });
    expect(await dayOrder(ws)).toEqual(['J-1019', 'J-1002', 'J-1009']);
    await ok(ws, 'history/undo', {}, 'lee');
    expect(await dayOrder(ws)).toEqual(['J-1002', 'J-1009', 'J-1019']);
    ws.close();
  });

  it("a time-locked visit's resequence waits for sign-off and reorders the day when approved", async () => {
    const ws = await threeVisits();
    await ok(ws, 'locks/set-lock', { ref: 'J-1002', lock: 'time', reason: 'appointment confirmed with tenant' });
    const r = await ok<{ id: number; state: string }>(
      ws,
      'changes/request',
      { ref: 'J-1002', kind: 'resequence', to_sequence: 2, reason: 'tenant asked for the afternoon' },
      'lee',
    );
    expect(r).toMatchObject({ state: 'pending' });
    expect(await dayOrder(ws)).toEqual(['J-1002', 'J-1009', 'J-1019']);
    await ok(ws, 'changes/approve', { id: r.id });
    expect(await dayOrder(ws)).toEqual(['J-1009', 'J-1019', 'J-1002']);
    ws.close();
  });

  it('refuses a resequence without a position, past the end of the day, or to where it already is', async () => {
    const ws = await threeVisits();
    const ask = (extra: object) =>
      ws.dispatch('changes/request', { ref: 'J-1009', kind: 'resequence', reason: 'tenant asked', ...extra }, as('lee'));
    expect(await ask({})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'J-1009: give the position in the day (1 to 3)' },
    });
    expect(await ask({ to_sequence: 3 })).toMatchObject({
      ok: false,
      error: { message: 'J-1009: position 4 is past the end of the day (3 visits)' },
    });
    expect(await ask({ to_sequence: 1 })).toMatchObject({ ok: false, error: { message: 'J-1009: it is already number 2 in the day' } });
    expect(await ok(ws, 'changes/list', {})).toEqual([]);
    expect(await dayOrder(ws)).toEqual(['J-1002', 'J-1009', 'J-1019']);
    ws.close();
  });

  it('changes.csv: a resequence row starts its reason with the position (1 = first)', async () => {
    const ws = await threeVisits();
    const db = ws.dbPath;
    ws.close();
    const head = 'ref,kind,from_operative,to_operative,from_date,to_date,requested_by,role,reason\n';
    fs.writeFileSync(`${db}.bad.csv`, `${head}J-1009,resequence,OP-001,,2027-01-05,,Lee Ops,operations team leader,tenant asked\n`);
    const bad = await cli(['changes', 'import', '--db', db, '--file', `${db}.bad.csv`, '--as', 'lee']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('a resequence row starts its reason with the position in the day, 1 for first');
    fs.writeFileSync(`${db}.csv`, `${head}J-1009,resequence,OP-001,,2027-01-05,,Lee Ops,operations team leader,1: tenant out after 11\n`);
    const good = await cli(['changes', 'import', '--db', db, '--file', `${db}.csv`, '--as', 'lee']);
    expect(good).toMatchObject({ code: 0, out: expect.stringContaining('1 change requests: 1 applied') });
    const list = await cli(['changes', 'list', '--db', db, '--json']);
    expect(JSON.parse(list.out)).toMatchObject([{ ref: 'J-1009', kind: 'resequence', to_sequence: 0, state: 'applied' }]);
    const again = await openWorkspace(db, { checkOutput: true });
    expect(await dayOrder(again)).toEqual(['J-1009', 'J-1002', 'J-1019']);
    again.close();
  });
});
