// Scores, owner/definition of done, archiving and the matrix threshold: persisted, undoable,
// and refused with specific errors on bad input.
import { describe, expect, it } from 'vitest';
import { call, goodWorkspace, tempWorkspace } from './temp-workspace';

type Ws = Awaited<ReturnType<typeof tempWorkspace>>;
const job = (ws: Ws, ref: string) => call(ws, 'jobs/get', { ref });
const status = (ws: Ws) => call(ws, 'history/get-status');
async function refused(ws: Ws, name: string, input: unknown, code: string, message: RegExp) {
  const r = await ws.dispatch(name, input);
  expect(r).toMatchObject({ ok: false, error: { code } });
  if (!r.ok) expect(r.error.message).toMatch(message);
}

describe('jobs/update-scores', () => {
  it('rescoring persists and undoes; scores outside 1–5 are refused', async () => {
    const ws = await goodWorkspace();
    expect(await call(ws, 'jobs/update-scores', { ref: 'J-1015', impact: 5, effort: 1 })).toEqual({ ref: 'J-1015', impact: 5, effort: 1 });
    expect(await job(ws, 'J-1015')).toMatchObject({ impact: 5, effort: 1 });
    expect((await status(ws)).undoLabel).toBe('Rescore J-1015: impact 5, effort 1');
    await call(ws, 'history/undo');
    expect(await job(ws, 'J-1015')).toMatchObject({ impact: 1, effort: 1 });

    await refused(ws, 'jobs/update-scores', { ref: 'J-1015', impact: 6 }, 'VALIDATION', /impact: must be 1–5/);
    await refused(ws, 'jobs/update-scores', { ref: 'J-1015', effort: 0 }, 'VALIDATION', /effort: must be 1–5/);
    await refused(ws, 'jobs/update-scores', { ref: 'J-1015' }, 'VALIDATION', /give impact, effort or both/);
    await refused(ws, 'jobs/update-scores', { ref: 'J-0000', impact: 2 }, 'NOT_FOUND', /No job with ref J-0000/);
    expect(await job(ws, 'J-1015')).toMatchObject({ impact: 1, effort: 1 });
    ws.close();
  });
});

describe('jobs/update-ownership', () => {
  it('sets one owner and a one-line definition of done, undoably', async () => {
    const ws = await goodWorkspace();
    await call(ws, 'jobs/update-ownership', {
      ref: 'J-1002',
      owner: '  Jo Marsh ',
      done_when: 'Trap replaced and no drips after 10 minutes',
    });
    expect(await job(ws, 'J-1002')).toMatchObject({ owner: 'Jo Marsh', done_when: 'Trap replaced and no drips after 10 minutes' });
    expect((await status(ws)).undoLabel).toBe('Set owner and definition of done of J-1002');
    await call(ws, 'history/undo');
    expect(await job(ws, 'J-1002')).toMatchObject({ owner: 'Sam Ellis', done_when: 'Leak under kitchen sink stopped' });

    await refused(
      ws,
      'jobs/update-ownership',
      { ref: 'J-1002', owner: 'Sam Ellis and Jo Marsh' },
      'VALIDATION',
      /owner: give one owner \(a person\), not a list/,
    );
    await refused(ws, 'jobs/update-ownership', { ref: 'J-1002', owner: 'Sam; Jo' }, 'VALIDATION', /one owner/);
    await refused(
      ws,
      'jobs/update-ownership',
      { ref: 'J-1002', done_when: 'Line one\nline two' },
      'VALIDATION',
      /done_when: the definition of done is one line/,
    );
    expect(await job(ws, 'J-1002')).toMatchObject({ owner: 'Sam Ellis' });
    ws.close();
  });
});

describe('jobs/archive-job', () => {
  it('archives out of the backlog with a reason; undo brings it back; placed jobs are refused', async () => {
    const ws = await goodWorkspace();
    await refused(ws, 'jobs/archive-job', { ref: 'J-1015', reason: 'no' }, 'VALIDATION', /reason: give a reason of at least 3 characters/);
    expect(await call(ws, 'jobs/archive-job', { ref: 'J-1015', reason: 'Tenant fixed it themselves' })).toEqual({
      ref: 'J-1015',
      status: 'archived',
      reason: 'Tenant fixed it themselves',
    });
    expect((await job(ws, 'J-1015')).status).toBe('archived');
    const open = await call(ws, 'jobs/list', { status: ['open'] });
    expect(open.some((j) => j.ref === 'J-1015')).toBe(false);
    expect(ws.store.db.prepare('SELECT reason FROM job_archive WHERE job_ref = ?').get('J-1015')).toEqual({
      reason: 'Tenant fixed it themselves',
    });
    await refused(ws, 'jobs/archive-job', { ref: 'J-1015', reason: 'again please' }, 'CONFLICT', /already archived/);
    await call(ws, 'history/undo');
    expect((await job(ws, 'J-1015')).status).toBe('open');
    expect(ws.store.db.prepare('SELECT reason FROM job_archive WHERE job_ref = ?').get('J-1015')).toBeUndefined();

    await call(ws, 'diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' });
    await refused(
      ws,
      'jobs/archive-job',
      { ref: 'J-1002', reason: 'Not needed' },
      'CONFLICT',
      /J-1002 is in the diary \(2027-01-05\); unschedule it/,
    );
    ws.close();
  });
});

describe('matrix settings', () => {
  it('defaults to 4–5 as high, can be changed undoably, and refuses values outside 2–5', async () => {
    const ws = await goodWorkspace();
    expect(await call(ws, 'matrix/get-settings')).toEqual({ high: 4 });
    await call(ws, 'matrix/set-settings', { high: 3 });
    expect(await call(ws, 'matrix/get-settings')).toEqual({ high: 3 });
    await call(ws, 'history/undo');
    expect(await call(ws, 'matrix/get-settings')).toEqual({ high: 4 });
    await refused(ws, 'matrix/set-settings', { high: 6 }, 'VALIDATION', /high: high must be 2–5/);
    ws.close();
  });
});
