// Every job event records who made it (issue 13: "logged in the job's history with who and when"):
// the writers that are not handed a name (links, archive, rebooking, an actuals import, the
// auto-scheduler's apply) take it from the call in progress, like the ones that are.
import { describe, expect, it } from 'vitest';
import { TUE, WED, actualsWorkspace, csv } from '../actuals/actuals-helpers';

const PAT = { id: 'pat', name: 'Pat Planner', role: 'planner', os_user: null, team: null, operatives: [] };
const asPat = { actor: 'person:pat' };

describe('who on every job event', () => {
  it('writes the acting person on every event a contract call writes, whichever path writes it', async () => {
    const ws = await actualsWorkspace();
    expect((await ws.dispatch('access/save-person', PAT, asPat)).ok).toBe(true);
    const last = (ws.store.db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM job_events').get() as { id: number }).id;
    const ok = async (name: string, input: unknown) => {
      const r = await ws.dispatch(name, input, asPat);
      if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    };
    await ok('dependencies/add-link', { pred_ref: 'J-1', succ_ref: 'J-6', lag_min: 0 });
    await ok('diary/move-job', { ref: 'J-5', to: null, seen: { operative_id: 'OP-3', date: TUE, sequence: 0 } });
    await ok('jobs/archive-job', { ref: 'J-5', reason: 'duplicate of another job' });
    // Three no-access visits (each re-placed and republished) put the job in the supervisor's hands.
    await ok('actuals/import-csv', { csv: csv(`J-1,,OP-1,${TUE},08:30,08:40,NO_ACCESS,NO_ANSWER,,,`) });
    for (const date of [WED, '2027-01-07']) {
      await ok('diary/assign-job', { ref: 'J-1', operative_id: 'OP-1', date, override_reason: 'trying again' });
      ws.publish(date, date);
      await ok('actuals/import-csv', { csv: csv(`J-1,,OP-1,${date},09:00,09:05,NO_ACCESS,NO_ANSWER,,,`) });
    }
    await ok('rebooking/cancel-job', { ref: 'J-1', note: 'three cards left, tenancy team told' });

    const events = ws.store.db.prepare('SELECT kind, who FROM job_events WHERE id > ? ORDER BY id').all(last) as {
      kind: string;
      who: string | null;
    }[];
    expect(events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['linked', 'unscheduled', 'archived', 'visit_no_access', 'cancelled_for_no_access']),
    );
    expect(events.filter((e) => e.who !== 'Pat Planner')).toEqual([]);
    ws.close();
  });
});
