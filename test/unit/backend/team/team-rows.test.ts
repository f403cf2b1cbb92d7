// Promoting a scenario and accepting a schedule run while joined: sent as the rows they write
// (team/apply-rows), replayed to the same rows everywhere, and judged by the server like a move —
// a row another planner changed since, or a placement that now breaks a rule, is a conflict.
import { describe, expect, it, vi } from 'vitest';
import { call } from '../temp-workspace';
import { usePgCluster } from './use-pg-cluster';
import { hashOf, logRows, move, settle, sync, twoPlanners, type Station, closeTeam } from './team-harness';

const cluster = usePgCluster();

const inScenario = (ws: Station, name: string, call: string, input: unknown) => ws.dispatch(call, input, { scenario: name });
/** A move of a placed job in a scenario, seen where the scenario has it. */
async function moveIn(ws: Station, scenario: string, ref: string, operative_id: string, date: string) {
  const job = await ws.dispatch('jobs/get', { ref }, { scenario });
  const p = job.ok ? (job.result as { placement: { operative_id: string; date: string; sequence: number } | null }).placement : null;
  const seen = p ? { operative_id: p.operative_id, date: p.date, sequence: p.sequence } : null;
  return ws.dispatch('diary/move-job', { ref, to: { operative_id, date }, seen }, { scenario });
}

async function team(db: string) {
  const pgUrl = await cluster.newDatabase(db);
  return { pgUrl, ...(await twoPlanners(pgUrl)) };
}

describe('whole-plan changes while joined', () => {
  it('a promoted scenario travels as its rows: every workstation gets the same rows; undo stays the promoter’s', async () => {
    const { server, a, b } = await team('promote');
    await call(a, 'scenario/create', { name: 'alt' });
    expect(await inScenario(a, 'alt', 'diary/move-job', move('J-1009', 'OP-003', '2027-01-07'))).toMatchObject({ ok: true });
    expect(await moveIn(a, 'alt', 'J-1001', 'OP-001', '2027-01-06')).toMatchObject({ ok: true });
    // The app promotes from inside the scenario: it still goes to the team.
    const promoted = await inScenario(a, 'alt', 'scenario/promote', { name: 'alt', note: 'team test' });
    expect(promoted).toMatchObject({ ok: true, result: { applied: 2, baseChanged: [], conflicts: [] } });
    expect(await call(a, 'team/get-status')).toMatchObject({ pending: 1 });
    await settle([a, b]);
    expect((await call(b, 'jobs/get', { ref: 'J-1009' })).placement).toMatchObject({ operative_id: 'OP-003', date: '2027-01-07' });
    expect((await call(b, 'jobs/get', { ref: 'J-1001' })).placement).toMatchObject({ operative_id: 'OP-001', date: '2027-01-06' });
    expect(hashOf(b)).toBe(hashOf(a));
    // Undo is per actor: the promotion is Sam Ellis's step.
    const status = await a.dispatch('history/get-status', {}, { actor: 'person:sam-ellis' });
    expect(status).toMatchObject({ ok: true, result: { undoLabel: 'Promote scenario "alt": team test' } });
    expect((await call(a, 'scenario/list')).find((s) => s.name === 'alt')?.promoted_at).toBeTruthy();
    await closeTeam(server, a, b);
  }, 60_000);

  it('a promotion whose rows another planner changed since is a conflict with the reason; one that now breaks a rule too', async () => {
    const { pgUrl, server, a, b } = await team('promote-stale');
    await call(a, 'scenario/create', { name: 'alt' });
    expect(await moveIn(a, 'alt', 'J-1001', 'OP-001', '2027-01-06')).toMatchObject({ ok: true });
    // Meanwhile B moves the same job on the team plan, and it reaches the server first.
    expect(await moveIn(b, '', 'J-1001', 'OP-001', '2027-01-08')).toMatchObject({ ok: true });
    await sync(b);
    expect(await inScenario(a, 'alt', 'scenario/promote', { name: 'alt' })).toMatchObject({ ok: true });
    expect((await sync(a)).conflicts).toBe(1);
    const [c] = await call(a, 'team/list-conflicts');
    expect(c).toMatchObject({ name: 'team/apply-rows', code: 'CONFLICT' });
    expect(c!.reason).toMatch(/^Promote scenario "alt": 1 of its rows changed on the plan since \(J-1001\)\. Nothing was applied$/);
    expect((await call(a, 'jobs/get', { ref: 'J-1001' })).placement).toMatchObject({ date: '2027-01-08' });

    // A rule: B marks OP-003 absent on the 7th; A's scenario places J-1009 on OP-003 that day.
    await call(a, 'team/resolve-conflict', { id: c!.id, action: 'drop' });
    await call(a, 'scenario/create', { name: 'alt2' });
    await inScenario(a, 'alt2', 'diary/move-job', move('J-1009', 'OP-003', '2027-01-07'));
    await call(b, 'absences/add', { operative_id: 'OP-003', from: '2027-01-07', to: '2027-01-07', kind: 'training', reason: 'Course' });
    await sync(b);
    expect(await inScenario(a, 'alt2', 'scenario/promote', { name: 'alt2' })).toMatchObject({ ok: true });
    await sync(a);
    const [r] = await call(a, 'team/list-conflicts');
    expect(r).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(r!.reason).toMatch(
      /^Promote scenario "alt2": 1 placement now breaks a rule on the plan: J-1009 \(OP-003, 2027-01-07\): .*absent/,
    );
    expect((await call(a, 'jobs/get', { ref: 'J-1009' })).placement).toBeNull();
    await settle([a, b]);
    expect(hashOf(a)).toBe(hashOf(b));
    expect((await logRows(pgUrl)).filter((x) => x.status === 'rejected').map((x) => x.code)).toEqual(['CONFLICT', 'RULE_VIOLATION']);
    await closeTeam(server, a, b);
  }, 60_000);

  it('an accepted schedule run travels as its placements and converges; a run made stale by a team change is refused there', async () => {
    const { server, a, b } = await team('accept-run');
    const run = async (ws: Station, refs?: string[]) => {
      const started = await call(ws, 'schedule/start-run', {
        from: '2027-01-04',
        to: '2027-01-08',
        timeLimitMs: 5000,
        seed: 1,
        ...(refs ? { refs } : {}),
      });
      await vi.waitFor(
        async () => {
          const r = await call(ws, 'schedule/get-run', { id: started.id });
          if (r.state === 'running') throw new Error('still running');
        },
        { timeout: 30_000, interval: 50 },
      );
      return started.id;
    };
    const id = await run(a, ['J-1002', 'J-1006', 'J-1009']);
    expect((await call(a, 'schedule/get-run', { id })).preview!.added.length).toBeGreaterThan(1);
    const accepted = await call(a, 'schedule/accept-run', { id });
    expect(accepted.state).toBe('accepted');
    const placed = (await call(a, 'diary/list', { from: '2027-01-04', to: '2027-01-08' })).length;
    expect(placed).toBeGreaterThan(1);
    await settle([a, b]);
    expect((await call(b, 'diary/list', { from: '2027-01-04', to: '2027-01-08' })).length).toBe(placed);
    expect(hashOf(b)).toBe(hashOf(a));

    // B's run places the rest; A places one of those jobs itself first; B accepts before it heard of it.
    const id2 = await run(b);
    const target = (await call(b, 'schedule/get-run', { id: id2 })).preview!.added[0]!;
    expect(target).toBeDefined();
    await call(a, 'diary/move-job', move(target.ref, target.to.operative_id, target.to.date));
    await sync(a);
    expect(await call(b, 'schedule/accept-run', { id: id2 })).toMatchObject({ state: 'accepted' });
    expect((await sync(b)).conflicts).toBe(1);
    expect((await call(b, 'team/list-conflicts'))[0]!.reason).toMatch(
      new RegExp(`^Auto-schedule 2027-01-04 to 2027-01-08: .*changed on the plan since \\(.*${target.ref}`),
    );
    expect((await call(b, 'jobs/get', { ref: target.ref })).placement).toMatchObject(target.to.date ? { date: target.to.date } : {});
    await settle([a, b]);
    expect(hashOf(b)).toBe(hashOf(a));
    await closeTeam(server, a, b);
  }, 90_000);
});
