// "Send back to tray" and "re-plan" for placements an edit has blocked: the re-plan is the
// roster drop-out machinery's auto-schedule run on just those jobs (worker thread), accepted as
// one undoable step.
import { describe, expect, it, vi } from 'vitest';
import { call } from '../temp-workspace';
import { refused, withGoodFixtures } from './helpers';

describe('diary/replan-jobs', () => {
  it('re-places blocked jobs with someone who can take them, applied as one undoable step', async () => {
    const ws = await withGoodFixtures();
    // J-1019 (PLUMB) with Aisha; then her PLUMB goes: the placement is blocked.
    await call(ws, 'diary/assign-job', { ref: 'J-1019', operative_id: 'OP-001', date: '2027-01-05' });
    const edit = await call(ws, 'operatives/update-operative', {
      id: 'OP-001',
      fields: { trades: 'GAS:4' },
    });
    expect(edit.blocked.map((b) => b.ref)).toEqual(['J-1019']);
    const started = await call(ws, 'diary/replan-jobs', { refs: ['J-1019'], time_limit_ms: 4000 });
    expect(started).toMatchObject({ from: '2027-01-05', to: '2027-01-11' });
    // Wait on the condition (the run has left 'running'), not for a time.
    const run = await vi.waitFor(
      async () => {
        const r = await call(ws, 'schedule/get-run', { id: started.id });
        if (r.state === 'running') throw new Error(`run ${r.id} is still running`);
        return r;
      },
      { timeout: 20_000, interval: 20 },
    );
    expect(run.state).toBe('done');
    // Already placed: the preview says it moves, from where it is, not that it is added.
    expect(run.preview!.added).toEqual([]);
    expect(run.preview!.moved).toEqual([
      expect.objectContaining({ ref: 'J-1019', from: expect.objectContaining({ operative_id: 'OP-001', date: '2027-01-05' }) }),
    ]);
    expect(run.preview!.moved[0]!.to.operative_id).not.toBe('OP-001');
    await call(ws, 'schedule/accept-run', { id: run.id });
    const placed = (await call(ws, 'jobs/get', { ref: 'J-1019' })).placement!;
    expect(placed.operative_id).not.toBe('OP-001');
    const check = await call(ws, 'diary/check-placement', {
      ref: 'J-1019',
      to: { operative_id: placed.operative_id, date: placed.date, index: placed.sequence },
    });
    expect(check.status).not.toBe('blocked');
    await call(ws, 'history/undo'); // one step back: where it was (blocked, with Aisha)
    expect((await call(ws, 'jobs/get', { ref: 'J-1019' })).placement).toMatchObject({
      operative_id: 'OP-001',
      date: '2027-01-05',
    });
    ws.close();
  });

  it('refuses jobs that are not in the diary, changing nothing', async () => {
    const ws = await withGoodFixtures();
    expect((await refused(ws, 'diary/replan-jobs', { refs: ['J-1019'] }, 'CONFLICT')).message).toMatch(/J-1019 is not in the diary/);
    expect((await refused(ws, 'diary/return-to-tray', { refs: ['J-404'] }, 'NOT_FOUND')).message).toMatch(/No job with ref J-404/);
    ws.close();
  });
});
