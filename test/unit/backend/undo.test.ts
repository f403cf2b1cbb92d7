import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/backend/workspace';
import { call, goodFiles, tempWorkspace } from './temp-workspace';

describe('undo/redo stack in the backend', () => {
  it('undoes and redoes an import, and the stack survives closing and reopening the file', async () => {
    const ws = await tempWorkspace();
    await call(ws, 'import/run-csv', goodFiles());
    const jobs = await call(ws, 'jobs/list', {});
    expect(jobs.length).toBe(20);
    expect((await call(ws, 'history/get-status')).undoLabel).toMatch(/^Import 6 operatives, 20 jobs/);
    ws.close();

    const again = await openWorkspace(ws.dbPath, { backup: false });
    const afterUndo = await call(again, 'history/undo');
    expect(afterUndo).toMatchObject({ canUndo: false, canRedo: true });
    expect(await call(again, 'jobs/list', {})).toEqual([]);
    expect(await call(again, 'operatives/list')).toEqual([]);
    expect(await call(again, 'dependencies/list')).toEqual([]);
    again.close();

    const third = await openWorkspace(ws.dbPath, { backup: false });
    await call(third, 'history/redo');
    expect(await call(third, 'jobs/list', {})).toEqual(jobs);
    third.close();
  });

  it('a placement is undoable, and a new edit clears the redo stack', async () => {
    const ws = await tempWorkspace();
    await call(ws, 'import/run-csv', goodFiles());
    await call(ws, 'diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' });
    expect((await call(ws, 'jobs/get', { ref: 'J-1002' })).placement).toMatchObject({
      operative_id: 'OP-001',
      date: '2027-01-05',
      sequence: 0,
    });
    await call(ws, 'history/undo');
    expect((await call(ws, 'jobs/get', { ref: 'J-1002' })).placement).toBeNull();
    expect((await call(ws, 'history/get-status')).canRedo).toBe(true);
    await call(ws, 'diary/assign-job', { ref: 'J-1019', operative_id: 'OP-001', date: '2027-01-05' });
    expect((await call(ws, 'history/get-status')).canRedo).toBe(false);
    ws.close();
  });

  it('moving a job re-sequences both days, and undo restores every sequence', async () => {
    const ws = await tempWorkspace();
    await call(ws, 'import/run-csv', goodFiles());
    for (const ref of ['J-1002', 'J-1019', 'J-1009'])
      await call(ws, 'diary/assign-job', { ref, operative_id: 'OP-001', date: '2027-01-05' });
    await call(ws, 'diary/assign-job', { ref: 'J-1002', operative_id: 'OP-003', date: '2027-01-06' });
    const day = await call(ws, 'diary/list', { from: '2027-01-05', to: '2027-01-05' });
    expect(day.map((e) => [e.job_ref, e.sequence])).toEqual([
      ['J-1019', 0],
      ['J-1009', 1],
    ]);
    await call(ws, 'history/undo');
    const restored = await call(ws, 'diary/list', { from: '2027-01-05', to: '2027-01-06' });
    expect(restored.map((e) => [e.job_ref, e.sequence])).toEqual([
      ['J-1002', 0],
      ['J-1019', 1],
      ['J-1009', 2],
    ]);
    ws.close();
  });

  it('undo with nothing to undo is harmless', async () => {
    const ws = await tempWorkspace();
    expect(await call(ws, 'history/undo')).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    ws.close();
  });
});
