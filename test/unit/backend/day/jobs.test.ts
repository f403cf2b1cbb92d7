// Jobs edited in place through the contract (issue 13): New repair with the import's own checks
// and messages, edits that report the placements they block, and status with a reason — each
// change one undoable step with who and when in the job's history. Real SQLite files.
import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../../../shared/api/contract';
import type { ImportResult, JobView } from '../../../../shared/api/views';
import { JOB_COLUMNS } from '../../../../shared/csv';
import { currentUser } from '../../../../electron/backend/identity';
import { call } from '../temp-workspace';
import { fieldErrors, gasRepair, openAt, refused, snapshot, withGoodFixtures } from './helpers';

type History = ApiOutput<'jobs/get-history'>;

describe('New repair (jobs/create-job)', () => {
  it('adds the job with a generated ref and its SLA deadline, as one undoable step logged with who and when', async () => {
    const ws = await withGoodFixtures();
    const r = await call<ApiOutput<'jobs/create-job'>>(ws, 'jobs/create-job', { fields: gasRepair() });
    expect(r.job).toMatchObject({ ref: 'J-1021', trade: 'GAS', competences: ['GAS_SAFE'], status: 'open', placement: null });
    expect(r.job.sla_deadline).toBe('2027-01-05T06:30'); // EMERGENCY: 24 hours
    expect((await call<{ undoLabel: string }>(ws, 'history/get-status')).undoLabel).toBe('New job J-1021 (EMERGENCY GAS)');
    const history = await call<History>(ws, 'jobs/get-history', { ref: 'J-1021' });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: 'created', at: '2027-01-04T07:00:00Z', who: currentUser(ws.store) });
    await call(ws, 'history/undo');
    expect((await ws.dispatch('jobs/get', { ref: 'J-1021' })).ok).toBe(false);
    ws.close();
  });

  it('keeps a ref that is given, and takes its dependency links', async () => {
    const ws = await withGoodFixtures();
    await call(ws, 'jobs/create-job', { fields: gasRepair({ ref: 'R-77', depends_on: 'J-1001+30' }) });
    expect(await call<JobView>(ws, 'jobs/get', { ref: 'R-77' })).toMatchObject({ depends_on: [{ ref: 'J-1001', lag_min: 30 }] });
    ws.close();
  });

  it('refuses bad cells with exactly the messages the CSV import gives for them, changing nothing', async () => {
    const ws = await withGoodFixtures();
    const bad = {
      lat: 'north',
      min_proficiency: '7',
      priority: 'LOW',
      raised_at: '2027-13-01',
      duration_min: '0',
      window: '14:00-12:00',
      competences: 'gas safe',
      depends_on: 'J-1001+x',
      impact: '',
    };
    const fields = { ...gasRepair(), ...bad, ref: 'J-2000' };
    const before = snapshot(ws);
    const e = await refused(ws, 'jobs/create-job', { fields }, 'VALIDATION');
    expect(snapshot(ws)).toBe(before);

    const cell = (v: unknown) => `"${String(v).replace(/"/g, '""')}"`;
    const csv = `${JOB_COLUMNS.join(',')}\n${JOB_COLUMNS.map((c) => cell((fields as Record<string, unknown>)[c] ?? '')).join(',')}\n`;
    const imported = await call<ImportResult>(ws, 'import/run-csv', { jobs: csv });
    expect(imported.ok).toBe(false);
    if (imported.ok) return;
    const fromImport = imported.errors.map((x) => `${x.field}: ${x.message}`).sort();
    expect(
      fieldErrors(e)
        .map((x) => `${x.field}: ${x.message}`)
        .sort(),
    ).toEqual(fromImport);
    expect(fromImport).toHaveLength(Object.keys(bad).length);
    ws.close();
  });

  it.each([
    [
      'an unknown trade',
      { trade: 'GSA' },
      'trade',
      /trade "GSA" is not a trade of this workspace \(known: CARP, ELEC, GAS, GEN, PLAST, PLUMB, ROOF\)/,
    ],
    [
      'a raised time in the future',
      { raised_at: '2027-01-04T09:30' },
      'raised_at',
      /raised_at "2027-01-04T09:30" is in the future \(it is now 2027-01-04 07:00 UK time\)/,
    ],
    ['a duplicate ref', { ref: 'J-1005' }, 'ref', /ref J-1005 is already used by another job/],
    [
      'coordinates outside the service area',
      { lat: 51.5072, lon: -0.1276 },
      'lat',
      /lat 51\.5072 is outside the service area .*latitude 53\.\d+ to 54\.\d+/,
    ],
    ['a dependency cycle through stored links', { ref: 'J-3000', depends_on: 'J-3000' }, 'depends_on', /J-3000 depends on itself/],
  ])('refuses %s with a specific message and changes nothing', async (_what, over, field, message) => {
    const ws = await withGoodFixtures();
    const before = snapshot(ws);
    const e = await refused(ws, 'jobs/create-job', { fields: gasRepair(over) }, 'VALIDATION');
    expect(fieldErrors(e).find((f) => f.field === field)?.message).toMatch(message);
    expect(e.message).toMatch(message);
    expect(snapshot(ws)).toBe(before);
    ws.close();
  });

  it('derives the service area from the workspace, and a configured one replaces it', async () => {
    const ws = await withGoodFixtures();
    const area = await call<ApiOutput<'workspace/get-service-area'>>(ws, 'workspace/get-service-area');
    expect(area.source).toBe('derived');
    expect(area.box!.min_lat).toBeLessThan(53.78);
    expect(area.box!.max_lat).toBeGreaterThan(53.83);
    await call(ws, 'workspace/set-service-area', { box: { min_lat: 53.7, max_lat: 53.9, min_lon: -1.7, max_lon: -1.4 } });
    const e = await refused(ws, 'jobs/create-job', { fields: gasRepair({ lat: 53.95 }) }, 'VALIDATION');
    expect(e.message).toMatch(/lat 53\.95 is outside the workspace's service area: latitude 53\.7 to 53\.9/);
    ws.close();
  });

  it('an empty workspace accepts any trade and location (nothing to compare with yet)', async () => {
    const ws = await openAt();
    const r = await call<ApiOutput<'jobs/create-job'>>(ws, 'jobs/create-job', { fields: gasRepair({ trade: 'GLAZE', lat: 51.5 }) });
    expect(r.job.ref).toBe('J-1001');
    ws.close();
  });
});

describe('jobs/check-draft (the dialog as it is typed)', () => {
  it('shows the SLA deadline from priority and raised time alone, the ref it would get, and every problem; writes nothing', async () => {
    const ws = await withGoodFixtures();
    const before = snapshot(ws);
    const d = await call<ApiOutput<'jobs/check-draft'>>(ws, 'jobs/check-draft', {
      fields: { priority: 'URGENT', raised_at: '2027-01-04T06:00' },
    });
    expect(d).toMatchObject({ ok: false, ref: 'J-1021', sla_deadline: '2027-01-11T23:59' });
    expect(d.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['lat', 'lon', 'trade', 'duration_min']));
    const ok = await call<ApiOutput<'jobs/check-draft'>>(ws, 'jobs/check-draft', { fields: gasRepair() });
    expect(ok).toEqual({ ok: true, ref: 'J-1021', sla_deadline: '2027-01-05T06:30', errors: [] });
    const noDeadline = await call<ApiOutput<'jobs/check-draft'>>(ws, 'jobs/check-draft', { fields: { priority: 'SOON', raised_at: 'x' } });
    expect(noDeadline.sla_deadline).toBeNull();
    expect(snapshot(ws)).toBe(before);
    ws.close();
  });
});

describe('editing a job (jobs/update-job)', () => {
  it('changes the columns given, logs before and after, and lists the placements it now blocks', async () => {
    const ws = await withGoodFixtures();
    await call(ws, 'diary/assign-job', { ref: 'J-1017', operative_id: 'OP-001', date: '2027-01-05' });
    const r = await call<ApiOutput<'jobs/update-job'>>(ws, 'jobs/update-job', {
      ref: 'J-1017',
      fields: { trade: 'ROOF', min_proficiency: '2' },
    });
    expect(r.changed).toEqual(['trade', 'min_proficiency']);
    expect(r.blocked).toEqual([
      {
        ref: 'J-1017',
        operative_id: 'OP-001',
        date: '2027-01-05',
        rule_id: 'trade-proficiency',
        message: 'J-1017 needs ROOF ≥ 2; Aisha Khan has no ROOF trade',
      },
    ]);
    const [edited, blockedEvent] = (await call<History>(ws, 'jobs/get-history', { ref: 'J-1017' })).slice(-2);
    expect(blockedEvent).toMatchObject({
      kind: 'blocked',
      who: currentUser(ws.store),
      detail: { rule_id: 'trade-proficiency', by: 'Edit J-1017: trade, min_proficiency' },
    });
    expect(edited).toMatchObject({
      kind: 'edited',
      detail: { changes: { trade: { from: 'GAS', to: 'ROOF' }, min_proficiency: { from: '3', to: '2' } } },
    });
    await call(ws, 'history/undo');
    expect(await call<JobView>(ws, 'jobs/get', { ref: 'J-1017' })).toMatchObject({ trade: 'GAS', min_proficiency: 3 });
    ws.close();
  });

  it('a longer job pushes the rest of the day past the shift: those placements are listed too', async () => {
    const ws = await withGoodFixtures();
    await call(ws, 'diary/assign-job', { ref: 'J-1017', operative_id: 'OP-001', date: '2027-01-05' });
    await call(ws, 'diary/assign-job', { ref: 'J-1009', operative_id: 'OP-001', date: '2027-01-05' });
    const r = await call<ApiOutput<'jobs/update-job'>>(ws, 'jobs/update-job', { ref: 'J-1017', fields: { duration_min: 480 } });
    expect(r.blocked.map((b) => [b.ref, b.rule_id])).toEqual([
      ['J-1009', 'shift-hours'],
      ['J-1017', 'shift-hours'],
    ]);
    ws.close();
  });

  it('refuses a changed ref, a cycle and bad cells; an unchanged edit writes nothing', async () => {
    const ws = await withGoodFixtures();
    const before = snapshot(ws);
    expect((await refused(ws, 'jobs/update-job', { ref: 'J-1003', fields: { ref: 'J-9' } }, 'VALIDATION')).message).toMatch(
      /ref cannot be changed/,
    );
    // J-1004 depends on J-1003: making J-1003 depend on J-1004 closes a loop.
    expect((await refused(ws, 'jobs/update-job', { ref: 'J-1003', fields: { depends_on: 'J-1004' } }, 'VALIDATION')).message).toMatch(
      /dependency cycle: J-1003 → J-1004 → J-1003/,
    );
    expect((await refused(ws, 'jobs/update-job', { ref: 'J-1003', fields: { duration_min: '2 hours' } }, 'VALIDATION')).message).toMatch(
      /duration_min "2 hours" is not a whole number/,
    );
    expect((await refused(ws, 'jobs/update-job', { ref: 'J-404', fields: { notes: 'x' } }, 'NOT_FOUND')).message).toMatch(
      /No job with ref J-404/,
    );
    const same = await call<ApiOutput<'jobs/update-job'>>(ws, 'jobs/update-job', { ref: 'J-1003', fields: { trade: 'CARP' } });
    expect(same.changed).toEqual([]);
    expect(snapshot(ws)).toBe(before);
    ws.close();
  });

  it("keeps an imported job's old raised time: only a changed one is checked against now", async () => {
    const ws = await withGoodFixtures('2027-01-02T00:00:00Z'); // J-1001 was raised on the 4th: "in the future"
    const r = await call<ApiOutput<'jobs/update-job'>>(ws, 'jobs/update-job', { ref: 'J-1001', fields: { notes: 'Key with neighbour' } });
    expect(r.changed).toEqual(['notes']);
    ws.close();
  });
});

describe('job status with a reason', () => {
  it('cancelling a placed job frees its slot in the same step; its placed successor is reported blocked; undo restores both', async () => {
    const ws = await withGoodFixtures();
    // J-1004 (PLAST) depends on J-1003 (CARP) + 60 min: place both with Sean (LS8).
    await call(ws, 'diary/assign-job', { ref: 'J-1003', operative_id: 'OP-004', date: '2027-01-05' });
    await call(ws, 'diary/assign-job', { ref: 'J-1004', operative_id: 'OP-004', date: '2027-01-06' });
    const r = await call<ApiOutput<'jobs/cancel-job'>>(ws, 'jobs/cancel-job', { ref: 'J-1003', reason: 'Tenant withdrew the request' });
    expect(r.job).toMatchObject({ status: 'cancelled', placement: null, status_reason: 'Tenant withdrew the request' });
    expect(r.removed).toEqual({ operative_id: 'OP-004', date: '2027-01-05' });
    expect(r.blocked).toEqual([
      expect.objectContaining({ ref: 'J-1004', rule_id: 'dependencies', message: expect.stringMatching(/depends on J-1003/) }),
    ]);
    expect((await call<History>(ws, 'jobs/get-history', { ref: 'J-1003' })).at(-1)).toMatchObject({
      kind: 'cancelled',
      detail: {
        reason: 'Tenant withdrew the request',
        from: 'open',
        to: 'cancelled',
        removed_from: { operative_id: 'OP-004', date: '2027-01-05' },
      },
    });
    await call(ws, 'history/undo');
    expect(await call<JobView>(ws, 'jobs/get', { ref: 'J-1003' })).toMatchObject({ status: 'open', placement: { operative_id: 'OP-004' } });
    ws.close();
  });

  it('a job on hold leaves the tray and cannot be placed until reopened', async () => {
    const ws = await withGoodFixtures();
    await call(ws, 'jobs/hold-job', { ref: 'J-1009', reason: 'Awaiting materials (valve on order)' });
    const list = await call<JobView[]>(ws, 'jobs/list', { status: ['on_hold'] });
    expect(list).toEqual([expect.objectContaining({ ref: 'J-1009', status_reason: 'Awaiting materials (valve on order)' })]);
    const board = await call<ApiOutput<'diary/get-board'>>(ws, 'diary/get-board', { from: '2027-01-04', to: '2027-01-08' });
    expect(board.jobs.map((j) => j.ref)).not.toContain('J-1009');
    const e = await refused(ws, 'diary/assign-job', { ref: 'J-1009', operative_id: 'OP-003', date: '2027-01-05' }, 'CONFLICT');
    expect(e.message).toMatch(/J-1009 is on hold and cannot be placed/);
    await call(ws, 'jobs/reopen-job', { ref: 'J-1009', reason: 'Valve arrived' });
    expect(await call<JobView>(ws, 'jobs/get', { ref: 'J-1009' })).toMatchObject({ status: 'open' });
    expect((await call<JobView>(ws, 'jobs/get', { ref: 'J-1009' })).status_reason).toBeUndefined();
    await call(ws, 'diary/assign-job', { ref: 'J-1009', operative_id: 'OP-003', date: '2027-01-05' });
    ws.close();
  });

  it('refuses changes the status does not allow, and reasons too short', async () => {
    const ws = await withGoodFixtures();
    const before = snapshot(ws);
    expect((await refused(ws, 'jobs/reopen-job', { ref: 'J-1009', reason: 'why not' }, 'CONFLICT')).message).toMatch(
      /J-1009 is open, so it cannot be reopened \(only a job that is cancelled, on hold, done can\)/,
    );
    expect((await refused(ws, 'jobs/cancel-job', { ref: 'J-1009', reason: 'no' }, 'VALIDATION')).message).toMatch(/at least 3 characters/);
    expect(snapshot(ws)).toBe(before);
    await call(ws, 'jobs/cancel-job', { ref: 'J-1009', reason: 'duplicate of J-1019' });
    expect((await refused(ws, 'jobs/hold-job', { ref: 'J-1009', reason: 'waiting' }, 'CONFLICT')).message).toMatch(/J-1009 is cancelled/);
    ws.close();
  });
});

describe('what counts as a change', () => {
  it('the same values written differently are no change (no undo step, no history)', async () => {
    const ws = await withGoodFixtures();
    const before = snapshot(ws);
    const r = await call<ApiOutput<'jobs/update-job'>>(ws, 'jobs/update-job', {
      ref: 'J-1016',
      fields: { lat: '53.82930', competences: ' ELEC_18TH ; ASBESTOS_AWARE ', duration_min: 120 },
    });
    expect(r.changed).toEqual([]);
    expect(snapshot(ws)).toBe(before);
    ws.close();
  });
});
