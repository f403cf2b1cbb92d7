// Undo and redo belong to whoever made the change: each call's actor (an app window, a CLI
// user) has its own stack over the one shared workspace. A step someone else has changed since
// is not silently reverted: undo refuses, naming the row and who changed it.
import { describe, expect, it } from 'vitest';
import { cli } from '../cli-harness';
import { goodFiles, tempWorkspace } from './temp-workspace';

const A = { actor: 'window:a' };
const B = { actor: 'window:b' };

async function setup() {
  const ws = await tempWorkspace();
  const r = await ws.dispatch('import/run-csv', goodFiles(), { actor: 'user:importer' });
  expect(r.ok).toBe(true);
  const placed = async () =>
    ((await ws.dispatch('diary/list', { from: '2027-01-01', to: '2027-01-31' })) as { result: { job_ref: string; operative_id: string }[] })
      .result;
  return { ws, placed };
}

describe('undo per actor', () => {
  it('each actor undoes and redoes only its own steps', async () => {
    const { ws, placed } = await setup();
    await ws.dispatch('diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' }, A);
    await ws.dispatch('diary/assign-job', { ref: 'J-1003', operative_id: 'OP-004', date: '2027-01-06' }, B);
    expect((await ws.dispatch('history/get-status', {}, A)) as unknown).toMatchObject({
      result: { undoLabel: 'Move J-1002 to Aisha Khan 2027-01-05' },
    });
    expect((await ws.dispatch('history/get-status', {}, B)) as unknown).toMatchObject({
      result: { undoLabel: "Move J-1003 to O'Brien, Sean 2027-01-06" },
    });

    expect((await ws.dispatch('history/undo', {}, A)).ok).toBe(true);
    expect((await placed()).map((e) => e.job_ref)).toEqual(['J-1003']);
    // A has nothing left but cannot reach B's step or the importer's.
    expect((await ws.dispatch('history/get-status', {}, A)) as unknown).toMatchObject({ result: { canUndo: false, canRedo: true } });

    // A new step by B leaves A's redo alone.
    await ws.dispatch('diary/assign-job', { ref: 'J-1005', operative_id: 'OP-004', date: '2027-01-07', override_reason: 'test' }, B);
    expect((await ws.dispatch('history/redo', {}, A)).ok).toBe(true);
    expect((await placed()).map((e) => e.job_ref).sort()).toEqual(['J-1002', 'J-1003', 'J-1005']);
    ws.close();
  });

  it('refuses to undo a step someone else changed since, naming the row and who changed it, and changes nothing', async () => {
    const { ws, placed } = await setup();
    await ws.dispatch('diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' }, A);
    await ws.dispatch('diary/assign-job', { ref: 'J-1002', operative_id: 'OP-003', date: '2027-01-06', override_reason: 'B knows' }, B);
    const r = await ws.dispatch('history/undo', {}, A);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          "Can't undo “Move J-1002 to Aisha Khan 2027-01-05”: J-1002's place in the diary was changed since by window:b (“Move J-1002 to Priya Patel 2027-01-06”). Nothing was changed. Look at it again and make the change you want by hand.",
      },
    });
    expect(await placed()).toMatchObject([{ job_ref: 'J-1002', operative_id: 'OP-003' }]);
    // B's own undo is fine, and then A's is no longer overtaken.
    expect((await ws.dispatch('history/undo', {}, B)).ok).toBe(true);
    expect((await ws.dispatch('history/undo', {}, A)).ok).toBe(true);
    expect(await placed()).toEqual([]);
    ws.close();
  });

  it('the CLI records its steps as the OS user: the app cannot undo them, the same user’s next command can', async () => {
    const { ws } = await setup();
    const db = ws.dbPath;
    ws.close();
    expect((await cli(['assign', '--db', db, '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-01-05'])).code).toBe(0);
    const { openWorkspace } = await import('../../../electron/backend/workspace');
    const again = await openWorkspace(db, { backup: false });
    expect(((await again.dispatch('history/get-status', {}, A)) as { result: { canUndo: boolean } }).result.canUndo).toBe(false);
    const status = (await again.dispatch('history/get-status', {}, { actor: `user:${(await import('node:os')).userInfo().username}` })) as {
      result: { undoLabel: string };
    };
    expect(status.result.undoLabel).toBe('Move J-1002 to Aisha Khan 2027-01-05');
    again.close();
  });

  it('steps recorded before actors existed stay undoable by anyone', async () => {
    const { ws, placed } = await setup();
    await ws.dispatch('diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' }, A);
    ws.store.db.prepare('UPDATE history SET actor = NULL').run();
    expect((await ws.dispatch('history/undo', {}, B)).ok).toBe(true);
    expect(await placed()).toEqual([]);
    ws.close();
  });
});
