// Bad input to the team server: each refused with a specific message, nothing applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerClient } from '../../../../electron/backend/team/client/server-client';
import { newCommandId } from '../../../../electron/backend/store/command';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/backend/store/migrations';
import type { TeamServer } from '../../../../electron/backend/team/server/serve';
import { call, goodFiles } from '../temp-workspace';
import { startPgCluster, type PgCluster } from './pg-cluster';
import { hashOf, inProcessServer, invite, join, logRows, sync, workstation, type Station } from './team-harness';

let cluster: PgCluster;
let server: TeamServer;
let pgUrl: string;
let planner: Station;
let plannerToken: string;
beforeAll(async () => {
  cluster = await startPgCluster();
  pgUrl = await cluster.newDatabase('refusals');
  server = await inProcessServer(pgUrl);
  planner = await workstation('planner');
  plannerToken = await invite(server.url, server.adminToken!, 'Sam Ellis');
  await join(planner, server.url, plannerToken);
  await call(planner, 'import/run-csv', goodFiles());
  await sync(planner);
}, 90_000);
afterAll(async () => {
  planner?.close();
  await server?.close();
  await cluster?.stop();
});

const command = (name: string, input: unknown) => ({
  id: newCommandId(),
  actor: 'person:x',
  at: '2027-01-04T09:00:00.000Z',
  base_seq: 0,
  name,
  input,
});

/** Nothing the refusal could have touched changed: the log's accepted commands and the team's rows. */
async function unchanged(fn: () => Promise<void>): Promise<void> {
  const accepted = (await logRows(pgUrl)).filter((r) => r.status === 'accepted').length;
  const before = hashOf(planner);
  await fn();
  await sync(planner);
  expect((await logRows(pgUrl)).filter((r) => r.status === 'accepted').length).toBe(accepted);
  expect(hashOf(planner)).toBe(before);
}

describe('team server refusals', () => {
  it('a wrong token: refused by name, the workspace is not joined', async () => {
    await expect(new ServerClient(server.url, 'pwt_not-a-real-token', null).pull(0, 10)).rejects.toThrow(
      /^Wrong token: this team server does not know it/,
    );
    const ws = await workstation('stranger');
    const r = await ws.dispatch('team/join-server', { server: server.url, token: 'pwt_not-a-real-token' });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Wrong token/) } });
    expect(await call(ws, 'team/get-status')).toMatchObject({ joined: false });
    ws.close();
  });

  it('a role without the right: refused on the workstation and on the server, by the rights rule', async () => {
    const token = await invite(server.url, server.adminToken!, 'Pat Supervisor', 'supervisor');
    const sup = await workstation('supervisor');
    await join(sup, server.url, token);
    const local = await sup.dispatch('diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-003', date: '2027-01-05' }, seen: null });
    expect(local).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Refused by rule “plan-edit”.*Pat Supervisor is a supervisor/) },
    });
    expect(await call(sup, 'team/get-status')).toMatchObject({ pending: 0 });
    await unchanged(async () => {
      const reply = await new ServerClient(server.url, token, server.teamId).push([
        command('diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-003', date: '2027-01-05' }, seen: null }),
      ]);
      expect(reply.results[0]).toMatchObject({ status: 'rejected', code: 'FORBIDDEN', reason: expect.stringMatching(/rule “plan-edit”/) });
    });
    sup.close();
  });

  it('an unknown command name and a bad input: rejected with the reason, recorded, nothing applied', async () => {
    const client = new ServerClient(server.url, plannerToken, server.teamId);
    await unchanged(async () => {
      const reply = await client.push([
        command('diary/teleport-job', { ref: 'J-1002' }),
        command('diary/move-job', { ref: 42, to: null, seen: null }),
      ]);
      expect(reply.results[0]).toMatchObject({
        status: 'rejected',
        code: 'UNKNOWN_API',
        reason: 'Unknown command “diary/teleport-job”. Nothing was changed',
      });
      expect(reply.results[1]).toMatchObject({
        status: 'rejected',
        code: 'VALIDATION',
        reason: expect.stringMatching(/^Invalid input for diary\/move-job: ref:/),
      });
    });
    // A malformed envelope is refused before anything is judged or logged.
    const rows = (await logRows(pgUrl)).length;
    await expect(client.push([{ ...command('jobs/update-scores', { ref: 'J-1002', impact: 2 }), id: 'not-a-uuid' }])).rejects.toThrow(
      /^Invalid push: commands\.0\.id: must be a UUID v7/,
    );
    expect((await logRows(pgUrl)).length).toBe(rows);
  });

  it('a server of another team, and a client from a newer schema: refused, nothing sent', async () => {
    const otherDb = await cluster.newDatabase('otherteam');
    const other = await inProcessServer(otherDb);
    const otherToken = await invite(other.url, other.adminToken!, 'Sam Ellis');
    // This workstation belongs to the first team; the other server says so.
    await expect(new ServerClient(other.url, otherToken, server.teamId).pull(0, 10)).rejects.toThrow(
      `This server belongs to another team (${other.teamId}), not this workstation's team (${server.teamId}). Nothing was sent`,
    );
    await other.close();
    await unchanged(async () => {
      const newer = new ServerClient(server.url, plannerToken, server.teamId, LATEST_SCHEMA_VERSION + 1);
      await expect(newer.push([command('jobs/update-scores', { ref: 'J-1002', impact: 2 })])).rejects.toThrow(
        `This workstation runs a newer Planwright (schema ${LATEST_SCHEMA_VERSION + 1}) than the team server (schema ${LATEST_SCHEMA_VERSION}): update the server first. Nothing was sent`,
      );
    });
  });

  it('a workspace that already holds a plan cannot join; promoting a scenario that does not exist is refused plainly while joined', async () => {
    const full = await workstation('full');
    await call(full, 'import/run-csv', goodFiles());
    const r = await full.dispatch('team/join-server', { server: server.url, token: plannerToken });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/needs a new or empty workspace/) } });
    full.close();
    const promote = await planner.dispatch('scenario/promote', { name: 'x' });
    expect(promote).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'No scenario named "x"' } });
    expect(await call(planner, 'team/get-status')).toMatchObject({ pending: 0 });
  });
});
