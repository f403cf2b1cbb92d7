import { describe, expect, it } from 'vitest';
import type { JobView } from '../../../shared/api/views';
import { BAD, call, goodFiles, readFixture, tempWorkspace } from './temp-workspace';

describe('CSV import through the API (all-or-nothing)', () => {
  it('imports the four good files with dependencies, absences and flags', async () => {
    const ws = await tempWorkspace();
    const r = await call(ws, 'import/run-csv', goodFiles());
    expect(r).toMatchObject({ ok: true, counts: { operatives: 6, jobs: 20, absences: 3, flags: 3 } });
    const ops = await call(ws, 'operatives/list');
    expect(ops.filter((o) => o.absences.length > 0).length).toBeGreaterThan(0);
    const jobs = await call(ws, 'jobs/list', {});
    expect(jobs.every((j) => j.sla_deadline !== null)).toBe(true);
    expect(jobs.some((j) => j.depends_on.length > 0)).toBe(true);
    ws.close();
  });

  it.each([
    ['jobs-bad-date.csv', 'jobs', 'raised_at'],
    ['jobs-cycle.csv', 'jobs', 'depends_on'],
    ['jobs-unknown-dependency.csv', 'jobs', 'depends_on'],
    ['absences-unknown-operative.csv', 'absences', 'operative_id'],
    ['operatives-bad-trade.csv', 'operatives', 'trades'],
    ['flags-unknown-job.csv', 'flags', 'scope'],
  ] as const)('one bad row in %s: names file, line and field, and imports nothing', async (file, kind, field) => {
    const ws = await tempWorkspace();
    const files = { ...goodFiles(), [kind]: readFixture(BAD, file) };
    const r = await call(ws, 'import/run-csv', files);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.length).toBeGreaterThan(0);
    const e = r.errors.find((x) => x.field === field);
    expect(e, JSON.stringify(r.errors)).toBeDefined();
    expect(e!.file).toBe(`${kind}.csv`);
    expect(e!.line).toBeGreaterThan(1);
    expect(await call(ws, 'jobs/list', {})).toEqual([]);
    expect(await call(ws, 'operatives/list')).toEqual([]);
    expect(await call(ws, 'absences/list')).toEqual([]);
    ws.close();
  });

  it('names the refs of a dependency cycle in order', async () => {
    const ws = await tempWorkspace();
    const r = await call(ws, 'import/run-csv', { ...goodFiles(), jobs: readFixture(BAD, 'jobs-cycle.csv') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.message).join('\n')).toMatch(/cycle: (J-\d+ → )+J-\d+/);
    ws.close();
  });

  it('a bad row in a later import leaves the earlier import untouched', async () => {
    const ws = await tempWorkspace();
    await call(ws, 'import/run-csv', goodFiles());
    const before = await call(ws, 'jobs/list', {});
    const r = await call(ws, 'import/run-csv', { jobs: readFixture(BAD, 'jobs-bad-date.csv') });
    expect(r.ok).toBe(false);
    expect(await call(ws, 'jobs/list', {})).toEqual(before);
    ws.close();
  });

  it('re-importing a ref updates it (and keeps the status), without duplicating absences or flags', async () => {
    const ws = await tempWorkspace();
    await call(ws, 'import/run-csv', goodFiles());
    const edited = goodFiles().jobs.replace('Boiler relit and flue tested', 'Boiler replaced');
    const r = await call(ws, 'import/run-csv', { ...goodFiles(), jobs: edited });
    expect(r.ok).toBe(true);
    expect((await call(ws, 'jobs/get', { ref: 'J-1001' })).done_when).toBe('Boiler replaced');
    expect((await call(ws, 'jobs/list', {})).length).toBe(20);
    expect((await call(ws, 'absences/list')).length).toBe(3);
    expect((await call(ws, 'flags/list')).length).toBe(3);
    ws.close();
  });

  it('rejects a priority the SLA policy does not know, naming the line', async () => {
    const ws = await tempWorkspace();
    const jobs = goodFiles().jobs.replace(',EMERGENCY,', ',CRITICAL,');
    const r = await call(ws, 'import/run-csv', { ...goodFiles(), jobs });
    expect(r).toMatchObject({ ok: false, errors: [{ file: 'jobs.csv', line: 2, field: 'priority' }] });
    ws.close();
  });

  it('exports the same formats it imports (round trip)', async () => {
    const ws = await tempWorkspace();
    await call(ws, 'import/run-csv', goodFiles());
    const out = await call(ws, 'export/run-csv', { what: 'jobs' });
    expect(out.csv.split('\n')[0]).toBe(
      'ref,address,lat,lon,area,trade,min_proficiency,competences,priority,raised_at,duration_min,window,depends_on,impact,effort,owner,done_when,notes',
    );
    const ws2 = await tempWorkspace();
    const ops = await call(ws, 'export/run-csv', { what: 'operatives' });
    expect(await call(ws2, 'import/run-csv', { operatives: ops.csv, jobs: out.csv })).toMatchObject({ ok: true });
    const strip = (js: JobView[]) => js.map(({ status: _s, ...rest }) => rest);
    expect(strip(await call(ws2, 'jobs/list', {}))).toEqual(strip(await call(ws, 'jobs/list', {})));
    const diary = await call(ws, 'export/run-csv', { what: 'diary' });
    expect(diary.csv.split('\n')[0]).toBe('ref,operative_id,date,start,sequence,pinned');
    ws.close();
    ws2.close();
  });
});
