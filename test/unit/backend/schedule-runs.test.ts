import { describe, expect, it, vi } from 'vitest';
import type { ApiOutput } from '../../../shared/api/contract';
import { call, goodFiles, tempWorkspace } from './temp-workspace';

type Run = ApiOutput<'schedule/get-run'>;
type Ws = Awaited<ReturnType<typeof tempWorkspace>>;

async function imported(): Promise<Ws> {
  const ws = await tempWorkspace();
  await call(ws, 'import/run-csv', goodFiles());
  return ws;
}
/** Waits until the run is no longer running (the condition, polled; no fixed sleep). */
async function finished(ws: Ws, id: string): Promise<Run> {
  return vi.waitFor(
    async () => {
      const r = await call(ws, 'schedule/get-run', { id });
      if (r.state === 'running') throw new Error(`run ${id} is still running`);
      return r;
    },
    { timeout: 20_000, interval: 20 },
  );
}

describe('auto-schedule runs (worker, preview, accept/reject)', () => {
  it('previews, then accept applies the plan as one undoable step', async () => {
    const ws = await imported();
    const started = await call(ws, 'schedule/start-run', { from: '2027-01-04', to: '2027-01-08', timeLimitMs: 4000, seed: 1 });
    expect(started.state).toBe('running');
    const done = await finished(ws, started.id);
    expect(done.state).toBe('done');
    const p = done.preview!;
    expect(p.checkOk).toBe(true);
    expect(p.added.length).toBeGreaterThan(0);
    expect(p.added.length + p.unplaced.length).toBe(20);
    for (const u of p.unplaced) expect(u.summary.length).toBeGreaterThan(10);
    expect(p.before.placed).toBe(0);
    // Nothing is written until the planner accepts.
    expect(await call(ws, 'diary/list', { from: '2027-01-01', to: '2027-01-31' })).toEqual([]);
    await call(ws, 'schedule/accept-run', { id: started.id });
    const diary = await call(ws, 'diary/list', { from: '2027-01-01', to: '2027-01-31' });
    expect(diary.length).toBe(p.added.length);
    expect((await call(ws, 'history/get-status')).undoLabel).toMatch(/^Auto-schedule 2027-01-04 to 2027-01-08: \d+ added, 0 moved$/);
    await call(ws, 'history/undo');
    expect(await call(ws, 'diary/list', { from: '2027-01-01', to: '2027-01-31' })).toEqual([]);
    ws.close();
  });

  it('reject leaves the diary as it was; accept after a diary change is refused', async () => {
    const ws = await imported();
    const a = await call(ws, 'schedule/start-run', { from: '2027-01-04', to: '2027-01-08', timeLimitMs: 300 });
    await finished(ws, a.id);
    expect((await call(ws, 'schedule/reject-run', { id: a.id })).state).toBe('rejected');
    expect(await ws.dispatch('schedule/accept-run', { id: a.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const b = await call(ws, 'schedule/start-run', { from: '2027-01-04', to: '2027-01-08', timeLimitMs: 300 });
    await finished(ws, b.id);
    await call(ws, 'diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
    expect(await ws.dispatch('schedule/accept-run', { id: b.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/diary changed while the scheduler ran/) },
    });
    ws.close();
  });

  it('cancel stops early and keeps the best plan so far', async () => {
    const ws = await imported();
    const r = await call(ws, 'schedule/start-run', { from: '2027-01-04', to: '2027-01-15', timeLimitMs: 60_000 });
    // Cancel once the worker is searching (it has reported progress), not after a guessed delay.
    await vi.waitFor(
      async () => {
        if ((await call(ws, 'schedule/get-run', { id: r.id })).progress === 0) throw new Error('the worker has not started yet');
      },
      { timeout: 20_000, interval: 20 },
    );
    await call(ws, 'schedule/cancel-run', { id: r.id });
    const done = await finished(ws, r.id);
    expect(done.state).toBe('cancelled');
    expect(done.elapsedMs).toBeLessThan(30_000);
    ws.close();
  });

  it('bad input: empty scope, no operatives, time limit 0, reversed range — clear messages, nothing changed', async () => {
    const empty = await tempWorkspace();
    expect(await empty.dispatch('schedule/start-run', { from: '2027-01-04', to: '2027-01-08' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/No operatives/) },
    });
    empty.close();
    const ws = await imported();
    expect(await ws.dispatch('schedule/start-run', { from: '2027-01-04', to: '2027-01-08', timeLimitMs: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/at least 1 ms/) },
    });
    expect(await ws.dispatch('schedule/start-run', { from: '2027-01-08', to: '2027-01-04' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await ws.dispatch('schedule/start-run', { from: '2027-01-04', to: '2027-01-08', operatives: ['OP-999'] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    ws.close();
  });
});

describe('auto-schedule on chosen jobs (roster drop-outs)', () => {
  it('places only the given unscheduled jobs, and refuses placed or unknown ones', async () => {
    const ws = await imported();
    const r = await call(ws, 'schedule/start-run', {
      from: '2027-01-04',
      to: '2027-01-08',
      refs: ['J-1002', 'J-1019'],
      timeLimitMs: 4000,
    });
    const done = await finished(ws, r.id);
    expect([...done.preview!.added.map((a) => a.ref), ...done.preview!.unplaced.map((u) => u.ref)].sort()).toEqual(['J-1002', 'J-1019']);
    await call(ws, 'schedule/accept-run', { id: r.id });
    expect(await ws.dispatch('schedule/start-run', { from: '2027-01-04', to: '2027-01-08', refs: ['J-1002'] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/already placed/) },
    });
    expect(await ws.dispatch('schedule/start-run', { from: '2027-01-04', to: '2027-01-08', refs: ['J-9'] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    ws.close();
  });

  it('plans in rostered hours: an operative rostered off is not used', async () => {
    const ws = await imported();
    // Aisha is rostered off all week: the scheduler must not use her.
    for (const date of ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']) {
      await call(ws, 'roster/set-day', { operative_id: 'OP-001', date, day: { work: null, on_call: false } });
    }
    const r = await call(ws, 'schedule/start-run', { from: '2027-01-04', to: '2027-01-08', timeLimitMs: 4000 });
    const done = await finished(ws, r.id);
    expect(done.preview!.added.length).toBeGreaterThan(0);
    expect(done.preview!.added.filter((a) => a.to.operative_id === 'OP-001')).toEqual([]);
    ws.close();
  });
});

describe('why this operative (on request)', () => {
  it('explains a placed job against the other operative-days that week, and refuses an unplaced one', async () => {
    const ws = await imported();
    await call(ws, 'diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
    const why = await call(ws, 'schedule/explain-job', { ref: 'J-1002' });
    expect(why.summary).toMatch(/Aisha Khan/);
    expect(why.blockedBy.length).toBeGreaterThan(0);
    expect(await ws.dispatch('schedule/explain-job', { ref: 'J-1019' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    ws.close();
  });
});
