// Change requests and sign-off (issue 15): the policy decides per kind and role; locks send a
// change to sign-off; the planner's approval applies it as one undoable step; answers are kept.
import { describe, expect, it } from 'vitest';
import { cli } from '../../cli-harness';
import { as, ok, placed, staffedWorkspace } from './helpers';

describe('change requests and sign-off', () => {
  it("an operations team leader's move to another day waits in Sign-off; the planner's approval applies it in one undoable step", async () => {
    const ws = await staffedWorkspace();
    const r = await ok<{ id: number; state: string; policy: string; requested_by: string }>(
      ws,
      'changes/request',
      { ref: 'J-1002', kind: 'move-day', to_date: '2027-01-06', reason: 'tenant at hospital on Tuesday' },
      'lee',
    );
    expect(r).toMatchObject({
      state: 'pending',
      requested_by: 'Lee Ops',
      policy: expect.stringContaining('may not make this change freely'),
    });
    expect(await placed(ws, 'J-1002')).toMatchObject({ date: '2027-01-05' });
    expect(await ok(ws, 'changes/list', { state: 'pending' })).toHaveLength(1);
    // Only a planner signs off.
    expect(await ws.dispatch('changes/approve', { id: r.id }, as('sam'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ok(ws, 'changes/approve', { id: r.id })).toMatchObject({ state: 'approved', decided_by: 'Pat Planner' });
    expect(await placed(ws, 'J-1002')).toMatchObject({ operative_id: 'OP-001', date: '2027-01-06' });
    await ok(ws, 'history/undo', {});
    expect(await placed(ws, 'J-1002')).toMatchObject({ date: '2027-01-05' });
    expect(await ok(ws, 'changes/list', { state: 'pending' })).toMatchObject([{ id: r.id }]);
    ws.close();
  });

  it('a rejection keeps the reason for the requester and changes nothing in the plan', async () => {
    const ws = await staffedWorkspace();
    const r = await ok<{ id: number }>(
      ws,
      'changes/request',
      { ref: 'J-1002', kind: 'change-priority', to_priority: 'EMERGENCY', reason: 'water through ceiling' },
      'sam',
    );
    const rejected = await ok(ws, 'changes/reject', { id: r.id, reason: 'tenant confirmed by phone' });
    expect(rejected).toMatchObject({ state: 'rejected', answer: 'tenant confirmed by phone', decided_by: 'Pat Planner' });
    expect(await placed(ws, 'J-1002')).not.toBeNull();
    expect(await ws.dispatch('changes/approve', { id: r.id }, as('pat'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('already rejected') },
    });
    ws.close();
  });

  it('a free change applies at once; a time lock sends a day move to sign-off and stops drags; unlocking is recorded', async () => {
    const ws = await staffedWorkspace();
    const free = await ok(
      ws,
      'changes/request',
      { ref: 'J-1002', kind: 'reassign-same-day', to_operative: 'OP-003', reason: 'Aisha off sick' },
      'lee',
    );
    expect(free).toMatchObject({ state: 'applied', decided_by: 'policy' });
    expect(await placed(ws, 'J-1002')).toMatchObject({ operative_id: 'OP-003' });

    await ok(ws, 'locks/set-lock', { ref: 'J-1002', lock: 'time', reason: 'appointment confirmed with tenant' });
    expect(await ws.dispatch('locks/set-lock', { ref: 'J-1002', lock: 'none', reason: 'x' }, as('pat'))).toMatchObject({ ok: false });
    const drag = await ws.dispatch(
      'diary/move-job',
      {
        ref: 'J-1002',
        to: { operative_id: 'OP-003', date: '2027-01-06' },
        seen: { operative_id: 'OP-003', date: '2027-01-05', sequence: 0 },
      },
      as('pat'),
    );
    expect(drag).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('time-locked') } });
    const planner = await ok(ws, 'changes/request', { ref: 'J-1002', kind: 'move-day', to_date: '2027-01-06', reason: 'van off road' });
    expect(planner).toMatchObject({ state: 'pending', policy: 'the visit is time-locked' });

    await ok(ws, 'locks/set-lock', { ref: 'J-1002', lock: 'none', reason: 'tenant agreed to rebook' });
    const all = await ok<{ source: string; reason: string; requested_by: string }[]>(ws, 'changes/list', {});
    expect(all[0]).toMatchObject({ source: 'unlock', reason: 'tenant agreed to rebook', requested_by: 'Pat Planner' });
    ws.close();
  });

  it('the change policy is editable per kind and decides the next request', async () => {
    const ws = await staffedWorkspace();
    const rule = { kind: 'move-day', who: ['planner', 'operations-team-leader'], mode: 'notice', notice_hours: 24 };
    expect(await ws.dispatch('policy/set-change-rule', rule, as('lee'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ws.dispatch('policy/set-change-rule', { ...rule, notice_hours: 999 }, as('pat'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await ok(ws, 'policy/set-change-rule', rule);
    const r = await ok(ws, 'changes/request', { ref: 'J-1002', kind: 'move-day', to_date: '2027-01-06', reason: 'tenant asked' }, 'lee');
    expect(r).toMatchObject({ state: 'applied', policy: "given 24 hours' notice" });
    ws.close();
  });

  it('changes import takes changes.csv all or nothing, naming the line of each bad row', async () => {
    const ws = await staffedWorkspace();
    const db = ws.dbPath;
    ws.close();
    const fs = await import('node:fs');
    const head = 'ref,kind,from_operative,to_operative,from_date,to_date,requested_by,role,reason\n';
    const good = `${head}J-1002,move-day,OP-001,,2027-01-05,2027-01-06,Lee Ops,Operations team leader,tenant at hospital\nJ-1003,change-priority,,,,,Sam Hughes,supervisor,URGENT: rot spreading to sill\n`;
    fs.writeFileSync(`${db}.bad.csv`, good.replace('J-1003', 'J-9999').replace('OP-001,', 'OP-002,'));
    const bad = await cli(['changes', 'import', '--db', db, '--file', `${db}.bad.csv`, '--as', 'pat']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.csv:2: J-1002: the plan has changed since/);
    expect(bad.err).toMatch(/bad\.csv:3: J-9999: no such job/);
    fs.writeFileSync(`${db}.head.csv`, 'ref,kind,reason\nJ-1,cancel,x\n');
    expect((await cli(['changes', 'import', '--db', db, '--file', `${db}.head.csv`, '--as', 'lee'])).err).toContain(
      'columns must be exactly',
    );
    fs.writeFileSync(`${db}.csv`, good);
    const r = await cli(['changes', 'import', '--db', db, '--file', `${db}.csv`, '--as', 'pat']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 change requests: 0 applied, 2 waiting for sign-off');
    const list = await cli(['changes', 'list', '--db', db, '--json']);
    expect(JSON.parse(list.out)).toMatchObject([
      { ref: 'J-1003', kind: 'change-priority', to_priority: 'URGENT', state: 'pending', source: 'csv' },
      { ref: 'J-1002', kind: 'move-day', requested_by: 'Lee Ops', role: 'operations-team-leader', state: 'pending' },
    ]);
    const approve = await cli(['changes', 'approve', '--db', db, '--id', '2', '--as', 'pat']);
    expect(approve).toMatchObject({ code: 0, out: expect.stringContaining('Approved') });
  });
});
