// Review triggers against a real workspace: a slip of more than 2 days against the saved
// baseline, an absence imported over placed work, and a scope change to a placed job — each
// listed, acknowledgeable with a note, and undone with the step that raised it.
import { describe, expect, it } from 'vitest';
import { call, goodFiles, tempWorkspace } from './temp-workspace';

type Ws = Awaited<ReturnType<typeof tempWorkspace>>;
async function placed(): Promise<Ws> {
  const ws = await tempWorkspace();
  await call(ws, 'import/run-csv', goodFiles());
  await call(ws, 'diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' });
  return ws;
}
const list = (ws: Ws, include_acknowledged = true) => call(ws, 'review/list-triggers', { include_acknowledged });

describe('review triggers', () => {
  it('a finish slipping more than 2 days past the baseline raises a trigger that can be acknowledged', async () => {
    const ws = await placed();
    await call(ws, 'diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05', start: '09:00' });
    expect((await list(ws)).triggers).toEqual([]);
    const b = await call(ws, 'baseline/save', { label: 'Week 1 plan' });
    expect(b).toMatchObject({ label: 'Week 1 plan' });
    expect(b.jobs).toBeGreaterThan(1); // the placed job and every chained job

    // Aisha is at the dentist on the 7th: Priya takes it, exactly two days later — not *more* than two.
    await call(ws, 'diary/assign-job', { ref: 'J-1002', operative_id: 'OP-003', date: '2027-01-07', start: '09:00' });
    expect((await list(ws)).triggers).toEqual([]);
    await call(ws, 'diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-08', start: '09:00' });
    const { reference, triggers } = await list(ws);
    expect(reference).toMatchObject({ label: 'Week 1 plan' });
    expect(triggers).toEqual([
      expect.objectContaining({
        key: `slip:${b.id}:job:J-1002`,
        kind: 'slip-job',
        refs: ['J-1002'],
        slip_min: 3 * 1440,
        acknowledged: null,
      }),
    ]);
    expect(triggers[0]!.message).toMatch(
      /^J-1002 was planned to finish 5 Jan 2027 10:00 in "Week 1 plan", now 8 Jan 2027 10:00: 3d later$/,
    );

    const acked = await call(ws, 'review/acknowledge-trigger', { key: triggers[0]!.key, note: 'Tenant asked for Friday' });
    expect(acked.acknowledged).toMatchObject({ note: 'Tenant asked for Friday' });
    expect((await list(ws, false)).triggers).toEqual([]);
    expect((await list(ws)).triggers[0]!.acknowledged).toMatchObject({ note: 'Tenant asked for Friday' });
    await call(ws, 'history/undo');
    expect((await list(ws, false)).triggers).toHaveLength(1);

    const bad = await ws.dispatch('review/acknowledge-trigger', { key: 'slip:99:job:J-1', note: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const empty = await ws.dispatch('review/acknowledge-trigger', { key: triggers[0]!.key, note: '  ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/note: write a note/) } });
    ws.close();
  });

  it('an absence imported over placed jobs raises a trigger naming them; undoing the import removes it', async () => {
    const ws = await placed();
    await call(ws, 'import/run-csv', {
      absences: 'operative_id,from,to,reason\nOP-001,2027-01-05,2027-01-06,Sick\nOP-002,2027-01-05,2027-01-05,Course\n',
    });
    const [t, ...rest] = (await list(ws)).triggers;
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ kind: 'absence', title: 'Operative newly absent', refs: ['J-1002'], operative_id: 'OP-001' });
    expect(t!.message).toBe('Aisha Khan is now absent 5 Jan 2027 to 6 Jan 2027 (Sick) with 1 job placed then: J-1002');
    // Re-importing the same absence is not news.
    await call(ws, 'import/run-csv', { absences: 'operative_id,from,to,reason\nOP-001,2027-01-05,2027-01-06,Sick (confirmed)\n' });
    expect((await list(ws)).triggers).toHaveLength(1);
    await call(ws, 'history/undo');
    await call(ws, 'history/undo');
    expect((await list(ws)).triggers).toEqual([]);
    ws.close();
  });

  it('a re-import that changes a placed job’s duration, trade or competences raises a scope trigger', async () => {
    const ws = await placed();
    const jobs = goodFiles().jobs;
    const changed = jobs.replace(/^(J-1002,.*?,URGENT,2027-01-02T10:15:00Z,)60,/m, '$190,');
    expect(changed).not.toBe(jobs);
    await call(ws, 'import/run-csv', { jobs: changed.replace(/^(J-1019,.*?,)45,/m, '$150,') }); // J-1019 is not placed: no trigger
    const { triggers } = await list(ws);
    expect(triggers).toEqual([expect.objectContaining({ kind: 'scope', refs: ['J-1002'], operative_id: 'OP-001' })]);
    expect(triggers[0]!.message).toMatch(/^J-1002 changed while placed with Aisha Khan, Tue 5 Jan \(position 1\): duration 60 → 90 min$/);
    ws.close();
  });
});

describe('charts', () => {
  it('utilisation per operative per day splits work, travel and idle', async () => {
    const ws = await placed();
    const u = await call(ws, 'charts/get-utilisation', { from: '2027-01-04', to: '2027-01-10' });
    expect(u.dates).toHaveLength(7);
    const day = u.rows.find((r) => r.operative_id === 'OP-001' && r.date === '2027-01-05')!;
    expect(day).toMatchObject({ jobs: 1, work_min: 60, working: true });
    expect(day.travel_min).toBeGreaterThan(0);
    expect(day.work_min + day.travel_min + day.idle_min).toBe(510); // 08:00–16:30
    expect(u.rows.find((r) => r.operative_id === 'OP-001' && r.date === '2027-01-09')).toMatchObject({ working: false, idle_min: 0 });
    const tooLong = await ws.dispatch('charts/get-utilisation', { from: '2027-01-01', to: '2027-03-01' });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ws.close();
  });

  it('SLA risk by priority counts open work by class', async () => {
    const ws = await placed();
    const r = await call(ws, 'charts/get-sla-risk');
    const total = r.rows.reduce((n, x) => n + x.overdue + x.late + x.unscheduled + x.on_track + x.no_sla, 0);
    expect(total).toBe(20);
    expect(r.rows.map((x) => x.priority)).toEqual(['EMERGENCY', 'URGENT', 'ROUTINE', 'PLANNED']);
    ws.close();
  });
});
