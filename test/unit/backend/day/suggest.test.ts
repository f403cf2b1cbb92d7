// Suggested operatives (issue 13): ranked by earliest feasible arrival within the SLA, then added
// travel, then knock-on; the others grouped by the rule that blocks them; placing the chosen one
// through the diary's move path. The workspace is built through the contract calls themselves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeSeed } from '../../../../electron/backend/seed/write-seed';
import { generateSeed } from '../../../../shared/seed/generate';
import { call } from '../temp-workspace';
import { gasRepair, openAt, refused, type Ws } from './helpers';

const WEEK = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

async function team(now = '2027-01-04T07:00:00Z'): Promise<Ws> {
  const ws = await openAt(now);
  const op = (id: string, name: string, trades: string, competences: string, lat: number, lon: number) =>
    call(ws, 'operatives/create-operative', {
      fields: {
        id,
        name,
        trades,
        competences,
        start_lat: lat,
        start_lon: lon,
        shift_start: '08:00',
        shift_end: '16:30',
        working_days: WEEK,
      },
    });
  await op('NEAR', 'Nia Near', 'GAS:3', 'GAS_SAFE@2028-01-31', 53.812, -1.571); // ~0.2 km from the job
  await op('FAR', 'Fred Far', 'GAS:3', 'GAS_SAFE@2028-01-31', 53.85, -1.5); // ~6 km
  await op('EXP', 'Ed Expired', 'GAS:4', 'GAS_SAFE@2026-12-31', 53.81, -1.57);
  await op('AWAY', 'Amy Away', 'GAS:3', 'GAS_SAFE@2028-01-31', 53.81, -1.57);
  await op('PL1', 'Pat Plumb', 'PLUMB:4', '', 53.81, -1.57);
  await op('PL2', 'Pip Plumb', 'PLUMB:2', '', 53.81, -1.57);
  await call(ws, 'absences/add', { operative_id: 'AWAY', from: '2027-01-04', to: '2027-01-08', kind: 'leave', reason: 'Holiday' });
  return ws;
}

describe('diary/suggest-operatives', () => {
  it('ranks by earliest arrival, then added travel; groups who cannot by the blocking rule', async () => {
    const ws = await team();
    const { job } = await call(ws, 'jobs/create-job', { fields: gasRepair() });
    const s = await call(ws, 'diary/suggest-operatives', { ref: job.ref });
    expect(s).toMatchObject({ job: job.ref, sla_deadline: '2027-01-05T06:30', from: '2027-01-04', to: '2027-01-05', within_sla: true });
    expect(s.suggested.map((x) => [x.operative_id, x.date, x.index])).toEqual([
      ['NEAR', '2027-01-04', 0],
      ['FAR', '2027-01-04', 0],
    ]);
    const [near, far] = s.suggested;
    expect(near!.start < far!.start).toBe(true); // the nearer one arrives first
    expect(near!.travel_min).toBeLessThan(far!.travel_min);
    expect(near!.booked_start).toBeNull();
    expect(Object.fromEntries(s.cannot.map((c) => [c.operative_id, c.rules[0]!.rule]))).toEqual({
      EXP: 'competence-expiry',
      AWAY: 'absence',
      PL1: 'trade-proficiency',
      PL2: 'trade-proficiency',
    });
    expect(s.cannot.find((c) => c.operative_id === 'AWAY')!.rules[0]!.reason).toMatch(/Amy Away is absent/);
    expect(s.summary.map((g) => g.text)).toEqual(['2 have no GAS trade', '1 absent', '1 GAS_SAFE expired']);
    ws.close();
  });

  it('lists the jobs a slot would push past their SLA as knock-on', async () => {
    const ws = await team();
    // An EMERGENCY already placed first in Nia's day, due at 09:00: putting the new job ahead of it makes it late.
    const { job: first } = await call(ws, 'jobs/create-job', {
      fields: gasRepair({ raised_at: '2027-01-03T09:00:00Z', duration_min: 45 }),
    });
    await call(ws, 'diary/assign-job', { ref: first.ref, operative_id: 'NEAR', date: '2027-01-04' });
    const { job } = await call(ws, 'jobs/create-job', { fields: gasRepair({ priority: 'URGENT' }) });
    const s = await call(ws, 'diary/suggest-operatives', { ref: job.ref });
    const near = s.suggested.find((x) => x.operative_id === 'NEAR')!;
    expect(near).toMatchObject({ index: 0, knock_on: [first.ref] });
    expect(s.suggested.find((x) => x.operative_id === 'FAR')!.knock_on).toEqual([]);
    ws.close();
  });

  it('today, nothing starts before now: the slot waits for the clock and comes back as a booked time', async () => {
    const ws = await team('2027-01-04T10:02:00Z');
    const { job } = await call(ws, 'jobs/create-job', {
      fields: gasRepair({ raised_at: '2027-01-04T09:55:00Z' }),
    });
    const s = await call(ws, 'diary/suggest-operatives', { ref: job.ref });
    expect(s.suggested[0]).toMatchObject({ operative_id: 'NEAR', date: '2027-01-04', start: '10:05', booked_start: '10:05' });
    const placed = await call(ws, 'diary/place-suggestion', {
      ref: job.ref,
      operative_id: 'NEAR',
      date: '2027-01-04',
      start: '10:05',
    });
    expect(placed.entry).toMatchObject({ operative_id: 'NEAR', date: '2027-01-04', start: '10:05' });
    ws.close();
  });

  it('places the first suggestion at its time through the move path (persisted, one undo step); a stale one is refused', async () => {
    const ws = await team();
    const { job } = await call(ws, 'jobs/create-job', { fields: gasRepair() });
    const best = (await call(ws, 'diary/suggest-operatives', { ref: job.ref })).suggested[0]!;
    const r = await call(ws, 'diary/place-suggestion', {
      ref: job.ref,
      operative_id: best.operative_id,
      date: best.date,
      start: best.start,
    });
    expect(r.entry).toMatchObject({ job_ref: job.ref, operative_id: best.operative_id, date: best.date, sequence: best.index });
    const check = await call(ws, 'diary/check-placement', {
      ref: job.ref,
      to: { operative_id: best.operative_id, date: best.date, index: best.index },
    });
    expect(check.start).toBe(best.start);
    const reopened = await openAt('2027-01-04T07:00:00Z', ws.dbPath);
    ws.close();
    expect((await call(reopened, 'jobs/get', { ref: job.ref })).placement).toMatchObject({
      operative_id: best.operative_id,
      date: best.date,
    });
    const e = await refused(
      reopened,
      'diary/place-suggestion',
      { ref: job.ref, operative_id: 'FAR', date: best.date, start: '06:00' },
      'CONFLICT',
    );
    expect(e.message).toMatch(/no longer holds \(the best slot for Fred Far is now 2027-01-04 \d\d:\d\d\); ask for suggestions again/);
    reopened.close();
  });

  it('refuses a job that is not open, an unknown job and a date in the past', async () => {
    const ws = await team();
    const { job } = await call(ws, 'jobs/create-job', { fields: gasRepair() });
    expect((await refused(ws, 'diary/suggest-operatives', { ref: job.ref, date: '2027-01-01' }, 'VALIDATION')).message).toMatch(
      /is in the past/,
    );
    expect((await refused(ws, 'diary/suggest-operatives', { ref: 'J-404' }, 'NOT_FOUND')).message).toMatch(/No job with ref J-404/);
    await call(ws, 'jobs/hold-job', { ref: job.ref, reason: 'Awaiting parts' });
    expect((await refused(ws, 'diary/suggest-operatives', { ref: job.ref }, 'CONFLICT')).message).toMatch(/on hold: reopen it/);
    ws.close();
  });

  it('every suggestion on a seeded plan is a slot the drop check accepts, at the same start (same rule units)', async () => {
    const ws = await openAt('2027-01-04T07:00:00Z');
    writeSeed(ws.store, generateSeed({ operatives: 24, jobs: 300, days: 10, start: '2027-01-04', scheduled: 0.6, seed: 7 }), 'seed');
    const tray = (await call(ws, 'jobs/list', {})).filter((j) => j.placement === null).map((j) => j.ref);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...tray), async (ref) => {
        const s = await call(ws, 'diary/suggest-operatives', { ref });
        for (let i = 1; i < s.suggested.length; i++) {
          const [a, b] = [s.suggested[i - 1]!, s.suggested[i]!];
          expect(`${a.date} ${a.start}` <= `${b.date} ${b.start}`).toBe(true);
        }
        for (const x of s.suggested.slice(0, 3)) {
          const c = await call(ws, 'diary/check-placement', {
            ref,
            to: { operative_id: x.operative_id, date: x.date, index: x.index },
          });
          expect(c.status).not.toBe('blocked');
          if (x.booked_start === null) expect(c.start).toBe(x.start);
        }
        expect(s.suggested.length + s.cannot.length).toBe(24);
      }),
      { numRuns: 15, seed: 13 },
    );
    ws.close();
  });
});

describe('diary/suggest-for-draft', () => {
  it('judges the New repair draft before it is created, as the stored job will be judged, and writes nothing', async () => {
    const ws = await team();
    const count = () => (ws.store.db.prepare('SELECT COUNT(*) AS n FROM jobs').get() as { n: number }).n;
    const before = { jobs: count(), version: ws.store.version };
    const draft = await call(ws, 'diary/suggest-for-draft', { fields: gasRepair() });
    expect(draft).toMatchObject({ sla_deadline: '2027-01-05T06:30', from: '2027-01-04', to: '2027-01-05', within_sla: true });
    expect(draft.suggested.map((x) => x.operative_id)).toEqual(['NEAR', 'FAR']);
    expect(draft.summary.map((g) => g.text)).toEqual(['2 have no GAS trade', '1 absent', '1 GAS_SAFE expired']);
    expect({ jobs: count(), version: ws.store.version }).toEqual(before);

    // The priority as typed counts, key by key: a PLANNED repair of the same draft searches further.
    const planned = await call(ws, 'diary/suggest-for-draft', { fields: gasRepair({ priority: 'PLANNED' }) });
    expect(planned.sla_deadline).not.toBe(draft.sla_deadline);
    expect(planned.to > draft.to).toBe(true);

    // Created as drafted, the stored job gets the same answer.
    const { job } = await call(ws, 'jobs/create-job', { fields: gasRepair() });
    const stored = await call(ws, 'diary/suggest-operatives', { ref: job.ref });
    expect({ ...stored, job: draft.job }).toEqual(draft);
    ws.close();
  });

  it('refuses a draft that is not a job yet, naming the fields', async () => {
    const ws = await team();
    const r = await refused(ws, 'diary/suggest-for-draft', { fields: gasRepair({ trade: 'WIZARD' }) }, 'VALIDATION');
    expect(r.message).toMatch(/^The repair is not complete yet \(trade: .*WIZARD/);
    ws.close();
  });
});
