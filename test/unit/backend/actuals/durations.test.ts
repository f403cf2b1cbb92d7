// Learned durations: suggestions per trade and job type (the priority category) with sample size
// and spread, applied as one undoable step, and used by the auto-scheduler only when asked.
import { afterEach, describe, expect, it } from 'vitest';
import { scheduleTaskInput } from '../../../../electron/backend/scheduling/task-input';
import { call } from '../temp-workspace';
import { actualsWorkspace, csv, importText, type ActualsWorkspace } from './actuals-helpers';

const THU = '2027-01-07';
const open: ActualsWorkspace[] = [];
afterEach(() => open.splice(0).forEach((w) => w.close()));

const JOBS = `ref,address,lat,lon,area,trade,min_proficiency,competences,priority,raised_at,duration_min,window,depends_on,impact,effort,owner,done_when,notes
${[1, 2, 3, 4, 5, 6].map((i) => `D-${i},${i} Tap Street,53.8,-1.55,LS1,PLUMB,1,,ROUTINE,2027-01-04T08:00:00Z,60,ALL,,3,2,Sam Ellis,Tap fixed,`).join('\n')}
`;

async function withFiveVisits() {
  const ws = await actualsWorkspace();
  open.push(ws);
  expect(await call(ws, 'import/run-csv', { jobs: JOBS })).toMatchObject({ ok: true });
  for (let i = 1; i <= 5; i++)
    await call(ws, 'diary/assign-job', { ref: `D-${i}`, operative_id: 'OP-1', date: THU, override_reason: 'test' });
  ws.publish(THU, THU);
  const spans = [
    ['08:00', '09:20'],
    ['09:30', '10:55'],
    ['11:00', '12:30'],
    ['12:40', '14:15'],
    ['14:20', '19:20'],
  ];
  const r = await importText(ws, csv(...spans.map(([a, b], i) => `D-${i + 1},,OP-1,${THU},${a},${b},COMPLETED,,,,`)));
  expect(r.ok).toBe(true);
  return ws;
}

describe('learned durations', () => {
  it('suggests the median actual per trade and type, with the sample size and spread', async () => {
    const ws = await withFiveVisits();
    const rows = await call<Record<string, unknown>[]>(ws, 'durations/suggest', { from: THU, to: THU });
    expect(rows).toEqual([
      {
        trade: 'PLUMB',
        job_type: 'ROUTINE',
        samples: 5,
        planned_mean_min: 60,
        actual_mean_min: 130,
        variance_mean_min: 70,
        p25_min: 85,
        median_min: 90,
        p75_min: 95,
        spread_min: 10,
        suggested_min: 90,
        current_min: null,
      },
    ]);
  });

  it('applies them as one undoable step; the scheduler plans with them only when asked', async () => {
    const ws = await withFiveVisits();
    const applied = await call<{ applied: { trade: string; job_type: string; minutes: number; samples: number }[] }>(
      ws,
      'durations/apply',
      {
        from: THU,
        to: THU,
      },
    );
    expect(applied.applied).toMatchObject([{ trade: 'PLUMB', job_type: 'ROUTINE', minutes: 90, samples: 5 }]);
    expect(await call(ws, 'durations/list-standard')).toMatchObject([{ trade: 'PLUMB', job_type: 'ROUTINE', minutes: 90 }]);
    expect((await call<{ current_min: number }[]>(ws, 'durations/suggest', { from: THU, to: THU }))[0]?.current_min).toBe(90);

    const planned = (learned?: boolean) =>
      scheduleTaskInput(ws.store, { from: '2027-01-08', to: '2027-01-08', learnedDurations: learned }).jobs.find((j) => j.ref === 'D-6')!;
    expect(planned().duration_min).toBe(60); // off by default
    expect(planned(true).duration_min).toBe(90);
    expect((await call<{ duration_min: number }>(ws, 'jobs/get', { ref: 'D-6' })).duration_min).toBe(60); // the job itself is unchanged

    await call(ws, 'history/undo');
    expect(await call(ws, 'durations/list-standard')).toEqual([]);
  });
});
