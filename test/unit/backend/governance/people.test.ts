// People and rights (issue 15): who the app acts as, FORBIDDEN naming the rule for a call a role
// may not make, and who did what recorded with every undoable step.
import { describe, expect, it } from 'vitest';
import { cli } from '../../cli-harness';
import { goodFiles, tempWorkspace } from '../temp-workspace';

const PLANNER = { id: 'pat', name: 'Pat Planner', role: 'planner', os_user: 'pat-os', team: null, operatives: [] };
const SUPERVISOR = { id: 'sam', name: 'Sam Hughes', role: 'supervisor', os_user: null, team: 'North', operatives: ['OP-001'] };
const LEADER = { id: 'lee', name: 'Lee Ops', role: 'operations-team-leader', os_user: null, team: 'North', operatives: ['OP-001'] };
const as = (id: string) => ({ actor: `person:${id}` });

async function staffed() {
  const ws = await tempWorkspace();
  expect((await ws.dispatch('import/run-csv', goodFiles())).ok).toBe(true);
  for (const p of [PLANNER, SUPERVISOR, LEADER]) expect((await ws.dispatch('access/save-person', p, as('pat'))).ok).toBe(true);
  return ws;
}

describe('people and rights', () => {
  it('with no people anyone may change anything; the first person must be a planner', async () => {
    const ws = await tempWorkspace();
    expect((await ws.dispatch('import/run-csv', goodFiles(), { actor: 'window:x' })).ok).toBe(true);
    const r = await ws.dispatch('access/save-person', SUPERVISOR);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('first person must be a planner') } });
    expect((await ws.dispatch('access/list-people', {})) as unknown).toMatchObject({ result: [] });
    ws.close();
  });

  it('refuses a call the role may not make with FORBIDDEN naming the rule, and changes nothing', async () => {
    const ws = await staffed();
    const publish = await ws.dispatch('packs/publish', { from: '2027-01-04', to: '2027-01-08', out_dir: ws.dir }, as('sam'));
    expect(publish).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: expect.stringMatching(/^Refused by rule “publish”: Only a planner publishes.*Sam Hughes is a supervisor/),
      },
    });
    const assign = await ws.dispatch('diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' }, as('lee'));
    expect(assign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('“plan-edit”') } });
    expect((await ws.dispatch('diary/list', { from: '2027-01-01', to: '2027-01-31' }, as('lee'))) as unknown).toMatchObject({
      result: [],
    });
    const promote = await ws.dispatch('access/save-person', { ...LEADER, role: 'planner' }, as('lee'));
    expect(promote).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('“manage-people”') } });
    // A supervisor records flags; a planner plans.
    const flag = {
      operative_id: 'OP-001',
      flag: 'DO_NOT_SEND',
      scope: 'job:J-1003',
      until: null,
      owner: 'Sam Hughes',
      note: 'after incident',
    };
    expect(await ws.dispatch('flags/create-flag', flag, as('sam'))).toMatchObject({ ok: true });
    expect((await ws.dispatch('diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' }, as('pat'))).ok).toBe(true);
    ws.close();
  });

  it('an actor who is nobody may read but not write; the OS user maps to its person', async () => {
    const ws = await staffed();
    const w = await ws.dispatch(
      'diary/assign-job',
      { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' },
      { actor: 'user:stranger' },
    );
    expect(w).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('“stranger” is none of') } });
    expect((await ws.dispatch('jobs/list', {}, { actor: 'user:stranger' })).ok).toBe(true);
    expect(await ws.dispatch('access/get-me', {}, { actor: 'user:pat-os' })).toMatchObject({
      result: { actor: 'person:pat', person: { name: 'Pat Planner' }, people_defined: true },
    });
    const ghost = await ws.dispatch('jobs/cancel-job', { ref: 'J-1002', reason: 'tenant moved' }, as('ghost'));
    expect(ghost).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('No person “ghost”') } });
    ws.close();
  });

  it('records who did what, keeps the last planner and checks operatives', async () => {
    const ws = await staffed();
    await ws.dispatch('diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' }, { actor: 'user:pat-os' });
    const activity = (await ws.dispatch('access/list-activity', { limit: 3 })) as { result: { who: string; label: string }[] };
    expect(activity.result[0]).toMatchObject({ who: 'Pat Planner', label: expect.stringContaining('Move J-1002') });
    expect(await ws.dispatch('access/remove-person', { id: 'pat' }, as('pat'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('at least one planner') },
    });
    expect(await ws.dispatch('access/save-person', { ...SUPERVISOR, operatives: ['OP-999'] }, as('pat'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    ws.close();
  });

  it('the decision-rights table is editable and undoable', async () => {
    const ws = await staffed();
    const before = (await ws.dispatch('access/get-decision-rights', {})) as { result: { decision: string; accountable: string }[] };
    expect(before.result.map((d) => d.decision)).toEqual([
      'intraday-reallocation',
      'priority-change',
      'override-hard-rule',
      're-forecast',
      'cancel-no-access',
    ]);
    const set = { decision: 'priority-change', responsible: ['planner'], accountable: 'supervisor', consulted: [], informed: ['manager'] };
    expect((await ws.dispatch('access/set-decision-right', set, as('sam'))).ok).toBe(false);
    expect(await ws.dispatch('access/set-decision-right', set, as('pat'))).toMatchObject({ result: expect.arrayContaining([{ ...set }]) });
    expect((await ws.dispatch('history/undo', {}, as('pat'))).ok).toBe(true);
    expect(await ws.dispatch('access/get-decision-rights', {})).toMatchObject({
      result: expect.arrayContaining([expect.objectContaining({ decision: 'priority-change', accountable: 'manager' })]),
    });
    ws.close();
  });

  it('the CLI acts --as a person: a supervisor cannot publish, the planner can place', async () => {
    const ws = await staffed();
    const db = ws.dbPath;
    ws.close();
    const refused = await cli(['publish', '--as', 'sam', '--db', db, '--from', '2027-01-04', '--to', '2027-01-08', '--out', db + '.out']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^publish: Refused by rule “publish”/);
    const placed = await cli(['assign', '--db', db, '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-01-05', '--as', 'pat']);
    expect(placed.code).toBe(0);
    const list = await cli(['people', 'activity', '--db', db, '--limit', '1']);
    expect(list.out).toContain('Pat Planner  Move J-1002');
    const bad = await cli(['people', 'add', '--db', db, '--as', 'pat', '--id', 'x', '--name', 'X', '--role', 'boss']);
    expect(bad).toMatchObject({ code: 2, err: expect.stringContaining('--role must be one of') });
    const rights = await cli(['people', 'rights', '--db', db]);
    expect(rights.out).toMatch(/Priority change\s+Planner\s+Manager\s+Supervisor\s+Operations team leader/);
  });
});
