// npm start: the week the diary opens on, the demo seeded relative to today, and the renderer
// built once per source state (content hash), on real files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../../../shared/api/contract';
import { parseInstant } from '../../../../shared/sla/local-time';
import { demoStart, seedDemoIfEmpty } from '../../../../electron/backend/seed/demo';
import { buildRendererOnce, rendererSourceHash, type RendererCache } from '../../../../electron/cli/launch/renderer-cache';
import { call, tempDir } from '../temp-workspace';
import { openAt, withGoodFixtures } from './helpers';

type StartWeek = ApiOutput<'diary/get-start-week'>;

describe('diary/get-start-week', () => {
  it("opens on today's week when it has placements", async () => {
    const ws = await withGoodFixtures('2027-01-06T12:00:00Z'); // Wednesday
    await call(ws, 'diary/assign-job', { ref: 'J-1009', operative_id: 'OP-003', date: '2027-01-04' });
    expect(await call<StartWeek>(ws, 'diary/get-start-week')).toEqual({
      today: '2027-01-06',
      week_start: '2027-01-04',
      week_end: '2027-01-10',
      placements: 1,
      is_current_week: true,
    });
    ws.close();
  });

  it('else on the nearest week with work (the later one on a tie); with no work at all, on this week', async () => {
    const ws = await withGoodFixtures('2027-01-13T12:00:00Z'); // Wed of the week of 11 Jan
    expect(await call<StartWeek>(ws, 'diary/get-start-week')).toMatchObject({
      week_start: '2027-01-11',
      placements: 0,
      is_current_week: true,
    });
    await call(ws, 'diary/assign-job', { ref: 'J-1009', operative_id: 'OP-003', date: '2027-01-27' }); // two weeks on
    expect(await call<StartWeek>(ws, 'diary/get-start-week')).toMatchObject({
      week_start: '2027-01-25',
      placements: 1,
      is_current_week: false,
    });
    await call(ws, 'diary/assign-job', { ref: 'J-1019', operative_id: 'OP-001', date: '2026-12-29' }); // two weeks back: a tie
    expect((await call<StartWeek>(ws, 'diary/get-start-week')).week_start).toBe('2027-01-25');
    await call(ws, 'diary/assign-job', { ref: 'J-1003', operative_id: 'OP-004', date: '2027-01-05' }); // last week: nearer
    expect((await call<StartWeek>(ws, 'diary/get-start-week')).week_start).toBe('2027-01-04');
    ws.close();
  });
});

describe('the demo workspace of npm start', () => {
  it('is seeded relative to today: work in this week, nothing raised after now, tray jobs with live SLA deadlines', async () => {
    const now = '2027-03-10T09:30:00Z'; // a Wednesday
    const ws = await openAt(now);
    const data = seedDemoIfEmpty(ws.store)!;
    expect(data.operatives).toHaveLength(24);
    expect(demoStart('2027-03-10')).toBe('2027-03-08');
    expect(Math.max(...data.jobs.map((j) => parseInstant(j.raised_at)))).toBeLessThanOrEqual(Date.parse(now));
    const week = await call<StartWeek>(ws, 'diary/get-start-week');
    expect(week).toMatchObject({ week_start: '2027-03-08', is_current_week: true });
    expect(week.placements).toBeGreaterThan(20);
    const jobs = await call<ApiOutput<'jobs/list'>>(ws, 'jobs/list', {});
    const live = jobs.filter((j) => j.placement === null && j.sla_deadline !== null && j.sla_deadline > '2027-03-10T09:30');
    expect(live.length).toBeGreaterThan(20);
    expect(seedDemoIfEmpty(ws.store)).toBeNull(); // only into an empty workspace
    ws.close();
  });

  it('at the weekend, starts on the coming Monday', () => {
    expect(demoStart('2027-03-13')).toBe('2027-03-15');
    expect(demoStart('2027-03-14')).toBe('2027-03-15');
    expect(demoStart('2027-03-15')).toBe('2027-03-15');
  });
});

describe('renderer built once per source state', () => {
  function project(): RendererCache {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'renderer', 'src'), { recursive: true });
    fs.mkdirSync(path.join(root, 'shared'), { recursive: true });
    fs.writeFileSync(path.join(root, 'renderer', 'src', 'main.tsx'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(root, 'shared', 'x.ts'), 'export const x = 1;\n');
    fs.writeFileSync(path.join(root, 'vite.config.ts'), 'export default {};\n');
    return { root, dist: path.join(root, 'dist', 'renderer'), stamp: path.join(root, 'dist', '.renderer-build-hash') };
  }
  const fakeBuild = (c: RendererCache, log: string[]) => () => {
    log.push('build');
    fs.rmSync(c.dist, { recursive: true, force: true }); // as vite's emptyOutDir does
    fs.mkdirSync(c.dist, { recursive: true });
    fs.writeFileSync(path.join(c.dist, 'index.html'), '<!doctype html>');
  };

  it('builds once, skips while nothing changed (even with new timestamps), rebuilds after an edit or a lost bundle', () => {
    const c = project();
    const log: string[] = [];
    expect(buildRendererOnce(c, fakeBuild(c, log)).built).toBe(true);
    expect(buildRendererOnce(c, fakeBuild(c, log)).built).toBe(false);
    const file = path.join(c.root, 'shared', 'x.ts');
    fs.utimesSync(file, new Date(), new Date(Date.now() + 60_000)); // touched, not changed
    expect(buildRendererOnce(c, fakeBuild(c, log)).built).toBe(false);
    fs.writeFileSync(file, 'export const x = 2;\n');
    expect(buildRendererOnce(c, fakeBuild(c, log)).built).toBe(true);
    fs.writeFileSync(path.join(c.root, 'vite.config.ts'), 'export default { base: "./" };\n');
    expect(buildRendererOnce(c, fakeBuild(c, log)).built).toBe(true);
    fs.rmSync(c.dist, { recursive: true });
    expect(buildRendererOnce(c, fakeBuild(c, log)).built).toBe(true);
    expect(log).toHaveLength(4);
  });

  it('a failed build leaves no stamp, so the next start tries again', () => {
    const c = project();
    expect(() =>
      buildRendererOnce(c, () => {
        throw new Error('vite failed');
      }),
    ).toThrow('vite failed');
    expect(fs.existsSync(c.stamp)).toBe(false);
    const log: string[] = [];
    expect(buildRendererOnce(c, fakeBuild(c, log)).built).toBe(true);
  });

  it('the hash covers file names as well as contents', () => {
    const c = project();
    const before = rendererSourceHash(c.root);
    fs.renameSync(path.join(c.root, 'shared', 'x.ts'), path.join(c.root, 'shared', 'y.ts'));
    expect(rendererSourceHash(c.root)).not.toBe(before);
  });
});
