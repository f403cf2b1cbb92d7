// A seeded random interleaving of 500 commands over 3 workstations, syncing at random moments:
// no acknowledged command is lost, none is applied twice, and all three end on the same rows.
import { describe, expect, it } from 'vitest';
import { outbox } from '../../../../electron/backend/store/team/outbox-rows';
import { call, goodFiles } from '../temp-workspace';
import { mulberry32 } from '../../shared/rules/synthetic-world';
import { usePgCluster } from './use-pg-cluster';
import { hashOf, inProcessServer, invite, join, logRows, settle, sync, workstation, type Station } from './team-harness';

const cluster = usePgCluster();

const REFS = ['J-1001', 'J-1002', 'J-1003', 'J-1004', 'J-1005', 'J-1006'];
const DAYS = ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08'];
const SEED = 17;

describe('team: random interleaving', () => {
  it(`500 commands over 3 workstations (seed ${SEED}) never lose an acknowledged command`, async () => {
    const pgUrl = await cluster.newDatabase('random');
    const server = await inProcessServer(pgUrl);
    const stations: Station[] = [];
    for (const name of ['Sam Ellis', 'Jo Marsh', 'Ade Okafor']) {
      const s = await workstation(name.split(' ')[0]!.toLowerCase());
      await join(s, server.url, await invite(server.url, server.adminToken!, name));
      if (stations.length === 0) {
        await call(s, 'import/run-csv', goodFiles());
        await sync(s);
      }
      stations.push(s);
    }
    await settle(stations);
    const rnd = mulberry32(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const acknowledged: string[] = [];
    let made = 0;
    while (made < 500) {
      const s = pick(stations);
      if (rnd() < 0.12) {
        await sync(s);
        continue;
      }
      made++;
      const ref = pick(REFS);
      let r;
      if (rnd() < 0.6) {
        r = await s.dispatch('jobs/update-scores', { ref, impact: 1 + Math.floor(rnd() * 5), effort: 1 + Math.floor(rnd() * 5) });
      } else {
        const placement = (await call(s, 'jobs/get', { ref })).placement;
        const seen = placement ? { operative_id: placement.operative_id, date: placement.date, sequence: placement.sequence } : null;
        const to = rnd() < 0.2 ? null : { operative_id: pick(['OP-001', 'OP-003', 'OP-004']), date: pick(DAYS) };
        r = await s.dispatch('diary/move-job', { ref, to, seen, override_reason: 'random interleaving test' });
      }
      if (r.ok) acknowledged.push(outbox(s.store).at(-1)!.id);
    }
    await settle(stations);
    const log = await logRows(pgUrl);
    const ids = log.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const inLog = new Set(ids);
    expect(acknowledged.filter((id) => !inLog.has(id))).toEqual([]);
    // Every rejected one is a visible conflict on the workstation that made it; nothing is left pending.
    const rejected = new Set(log.filter((x) => x.status === 'rejected').map((x) => x.id));
    const conflicts = new Set(stations.flatMap((s) => outbox(s.store, 'unresolved').map((c) => c.id)));
    expect([...rejected].filter((id) => acknowledged.includes(id) && !conflicts.has(id))).toEqual([]);
    expect(stations.map((s) => s.team.status().pending)).toEqual([0, 0, 0]);
    expect(new Set(stations.map(hashOf)).size).toBe(1);
    expect(acknowledged.length).toBeGreaterThan(300);
    for (const s of stations) s.close();
    await server.close();
  }, 180_000);
});
