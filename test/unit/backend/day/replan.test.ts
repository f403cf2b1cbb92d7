// "Send back to tray" and "re-plan" for placements an edit has blocked: the re-plan is the
// roster drop-out machinery's auto-schedule run on just those jobs (worker thread), accepted as
// one undoable step.
import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../../../shared/api/contract';
import type { JobView } from '../../../../shared/api/views';
import { call } from '../temp-workspace';
import { refused, withGoodFixtures } from './helpers';

type Run = ApiOutput<'schedule/get-run'>;

describe('diary/replan-jobs', () => {
  it('re-places blocked jobs with someone who can take them, applied as one undoable step', async () => {
    const ws = await withGoodFixtures();
    // J-1019 (PLUMB) with Aisha; then her PLUMB goes: the placement is blocked.
    await call(ws, 'diary/assign-job', { ref: 'J-1019', operative_id: 'OP-001', date: '2027-01-05' });
    const edit = await call<ApiOutput<'operatives/update-operative'>>(ws, 'operatives/update-operative', {
      id: 'OP-001',
      fields: { trades: 'GAS:4' },
    });
    expect(edit.blocked.map((b) => b.ref)).toEqual(['J-1019']);
    let run = await call<Run>(ws, 'diary/replan-jobs', { refs: ['J-1019'], time_limit_ms: 500 });
    expect(run).toMatchObject({ from: '2027-01-05', to: '2027-01-11' });
    while (run.state === 'running') {
      await new Promise((r) => setTimeout(r, 20)); // poll the run until it finishes
      run = await call<Run>(ws, 'schedule/get-run', { id: run.id });
    }
    expect(run.state).toBe('done');
    expect(run.preview!.added.map((a) => a.ref)).toEqual(['J-1019']);
    await call(ws, 'schedule/accept-run', { id: run.id });
    const placed = (await call<JobView>(ws, 'jobs/get', { ref: 'J-1019' })).placement!;
    expect(placed.operative_id).not.toBe('OP-001');
    const check = await call<ApiOutput<'diary/check-placement'>>(ws, 'diary/check-placement', {
      ref: 'J-1019',
      to: { operative_id: placed.operative_id, date: placed.date, index: placed.sequence },
    });
    expect(check.status).not.toBe('blocked');
    await call(ws, 'history/undo'); // one step back: where it was (blocked, with Aisha)
    expect((await call<JobView>(ws, 'jobs/get', { ref: 'J-1019' })).placement).toMatchObject({
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
