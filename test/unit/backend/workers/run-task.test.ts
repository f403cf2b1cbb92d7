import { describe, expect, it } from 'vitest';
import { runTask } from '../../../../electron/backend/workers/run-task';

const TASK = new URL('./count-task.ts', import.meta.url);

describe('worker tasks (off the main thread)', () => {
  it('runs a TypeScript task in a worker thread and reports progress', async () => {
    const seen: number[] = [];
    const t = runTask<{ to: number; delayMs: number }, { reached: number }, number>(TASK, { to: 5, delayMs: 1 }, (p) => seen.push(p));
    expect(await t.result).toEqual({ reached: 5, cancelled: false });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('cancel asks the task to stop and still returns its answer so far', async () => {
    const t = runTask<{ to: number; delayMs: number }, { reached: number; cancelled: boolean }, number>(
      TASK,
      { to: 10_000, delayMs: 5 },
      (p) => {
        if (p === 3) t.cancel();
      },
    );
    const r = await t.result;
    expect(r.cancelled).toBe(true);
    expect(r.reached).toBeGreaterThanOrEqual(3);
    expect(r.reached).toBeLessThan(10_000);
  });

  it('a failing task rejects with its message', async () => {
    const t = runTask(TASK, { to: 1, delayMs: 1, fail: true });
    await expect(t.result).rejects.toThrow('bad instance: no operatives');
  });
});
