// Suggestions on a freshly opened workspace (issue 13: < 200 ms, cold): loading the board starts a
// background warm-up (suggest/warm-up.ts), so the first suggestion afterwards reads nothing from
// the store but the job, and answers exactly as a cold one does.
import { describe, expect, it, vi } from 'vitest';
import { writeSeed } from '../../../../electron/backend/seed/write-seed';
import { suggestionsWarm } from '../../../../electron/backend/suggest/warm-up';
import { openWorkspace } from '../../../../electron/backend/workspace';
import { generateSeed } from '../../../../shared/seed/generate';
import { call, tempDir } from '../temp-workspace';

const NOW = () => '2027-01-04T07:00:00Z';

describe('the suggestions warm-up', () => {
  it('starts when the board loads; the first suggestion then re-reads neither the diary nor the jobs, and answers the same', async () => {
    const db = `${tempDir()}/workspace.db`;
    const seeded = await openWorkspace(db, { backup: false, now: NOW });
    writeSeed(seeded.store, generateSeed({ operatives: 20, jobs: 300, days: 5, start: '2027-01-04', scheduled: 0.7, seed: 3 }), 'seed');
    seeded.close();

    const cold = await openWorkspace(db, { backup: false, now: NOW });
    const placed = new Set(cold.store.read.diary().map((e) => e.job_ref));
    const ref = cold.store.read.jobs().filter((j) => j.status === 'open' && !placed.has(j.ref))[3]!.ref;
    const expected = await call(cold, 'diary/suggest-operatives', { ref });
    cold.close();

    const ws = await openWorkspace(db, { backup: false, now: NOW });
    await call(ws, 'diary/get-board', { from: '2027-01-04', to: '2027-01-08' });
    await vi.waitFor(() => expect(suggestionsWarm(ws.store)).toBe(true), { timeout: 10_000, interval: 10 });
    const diary = vi.spyOn(ws.store.read, 'diary');
    const jobs = vi.spyOn(ws.store.read, 'jobs');
    expect(await call(ws, 'diary/suggest-operatives', { ref })).toEqual(expected);
    expect(diary).not.toHaveBeenCalled();
    expect(jobs).not.toHaveBeenCalled();
    ws.close();
  });
});
