// Two workstations and a team server on loopback, PostgreSQL started for the test.
import { describe, expect, it } from 'vitest';
import { call, goodFiles } from '../temp-workspace';
import { usePgCluster } from './use-pg-cluster';
import { hashOf, inProcessServer, invite, join, logRows, move, settle, sync, twoPlanners, workstation, closeTeam } from './team-harness';

const cluster = usePgCluster();

describe('team sync', () => {
  it('two workstations converge on the same rows (content hash)', async () => {
    const pgUrl = await cluster.newDatabase('converge');
    const server = await inProcessServer(pgUrl);
    expect(server.adminToken).toMatch(/^pwt_/);
    const [a, b] = [await workstation('a'), await workstation('b')];
    await join(a, server.url, await invite(server.url, server.adminToken!, 'Sam Ellis'));
    await call(a, 'import/run-csv', goodFiles());
    expect(await call(a, 'team/get-status')).toMatchObject({ joined: true, pending: 1 });
    await sync(a);
    expect(await call(a, 'team/get-status')).toMatchObject({ joined: true, online: true, pending: 0 });
    await join(b, server.url, await invite(server.url, server.adminToken!, 'Jo Marsh'));
    expect(hashOf(b)).toBe(hashOf(a));

    await call(a, 'diary/move-job', move('J-1001', 'OP-001', '2027-01-05'));
    await call(b, 'jobs/update-scores', { ref: 'J-1003', impact: 5 });
    await call(b, 'diary/move-job', move('J-1002', 'OP-003', '2027-01-05'));
    await settle([a, b]);
    expect(hashOf(a)).toBe(hashOf(b));
    expect((await call(a, 'jobs/get', { ref: 'J-1002' })).placement).toMatchObject({ operative_id: 'OP-003' });
    const log = await logRows(pgUrl);
    expect(log.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    await closeTeam(server, a, b);
  }, 60_000);

  it('two moves of one job: exactly one accepted, the other a conflict with its reason; redo, drop', async () => {
    const pgUrl = await cluster.newDatabase('twomoves');
    const { server, a, b } = await twoPlanners(pgUrl);
    // Both saw J-1001 on OP-001's 5 January, first in the day; both move it elsewhere.
    const seen = { operative_id: 'OP-001', date: '2027-01-05', sequence: 0 };
    const placed = (await call(a, 'jobs/get', { ref: 'J-1001' })).placement!;
    expect(placed).toMatchObject({ operative_id: 'OP-001', date: '2027-01-05' });
    await call(a, 'diary/move-job', {
      ref: 'J-1001',
      to: { operative_id: 'OP-001', date: '2027-01-06' },
      seen: { ...seen, sequence: placed.sequence },
    });
    await call(b, 'diary/move-job', {
      ref: 'J-1001',
      to: { operative_id: 'OP-001', date: '2027-01-08' },
      seen: { ...seen, sequence: placed.sequence },
    });
    await sync(a);
    const rb = await sync(b);
    expect(rb.conflicts).toBe(1);
    const log = await logRows(pgUrl);
    expect(log.slice(-2).map((r) => r.status)).toEqual(['accepted', 'rejected']);
    expect(log.at(-1)!.code).toBe('CONFLICT');
    const conflicts = await call(b, 'team/list-conflicts');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ name: 'diary/move-job', code: 'CONFLICT', summary: 'Move J-1001 to OP-001 on 2027-01-08' });
    expect(conflicts[0]!.reason).toMatch(/J-1001/);
    // B's view is the team's: A's move won.
    expect((await call(b, 'jobs/get', { ref: 'J-1001' })).placement).toMatchObject({ date: '2027-01-06' });
    await settle([a, b]);
    expect(hashOf(a)).toBe(hashOf(b));
    // Redo applies it again as a new command (its seen is stale, so it is refused plainly), drop forgets it.
    const redo = await b.dispatch('team/resolve-conflict', { id: conflicts[0]!.id, action: 'redo' });
    expect(redo).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Cannot redo Move J-1001/) } });
    await call(b, 'team/resolve-conflict', { id: conflicts[0]!.id, action: 'drop' });
    expect(await call(b, 'team/list-conflicts')).toEqual([]);
    await closeTeam(server, a, b);
  }, 60_000);
});
