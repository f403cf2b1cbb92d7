import { describe, expect, it } from 'vitest';
import type { JobView } from '../../../shared/api/views';
import { call, goodWorkspace, tempWorkspace } from './temp-workspace';

type Ws = Awaited<ReturnType<typeof tempWorkspace>>;
/** The good fixture with J-1002 placed on Aisha's Tuesday. */
async function imported(): Promise<Ws> {
  const ws = await goodWorkspace();
  await call(ws, 'diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
  return ws;
}
const inScenario = async <T>(ws: Ws, scenario: string, name: string, input: unknown = {}): Promise<T> => {
  const r = await ws.dispatch(name, input, { scenario });
  if (!r.ok) throw new Error(`${name} in ${scenario}: ${r.error.message}`);
  return r.result as T;
};
const placement = async (ws: Ws, ref: string, scenario?: string) =>
  (scenario ? await inScenario<JobView>(ws, scenario, 'jobs/get', { ref }) : await call(ws, 'jobs/get', { ref })).placement;

describe('what-if scenarios', () => {
  it('a change in a scenario never reaches the live plan until promoted', async () => {
    const ws = await imported();
    const created = await call(ws, 'scenario/create', { name: 'Dan off all week' });
    expect(created.name).toBe('Dan off all week');
    await inScenario(ws, 'Dan off all week', 'diary/move-job', {
      ref: 'J-1019',
      to: { operative_id: 'OP-001', date: '2027-01-05' },
      seen: null,
    });
    await inScenario(ws, 'Dan off all week', 'diary/move-job', {
      ref: 'J-1002',
      to: null,
      seen: { operative_id: 'OP-001', date: '2027-01-05', sequence: 0 },
    });
    expect(await placement(ws, 'J-1019')).toBeNull();
    expect(await placement(ws, 'J-1002')).toMatchObject({ operative_id: 'OP-001' });
    expect(await placement(ws, 'J-1019', 'Dan off all week')).toMatchObject({ operative_id: 'OP-001' });
    // Undo inside the scenario stays inside it, and cannot go past the fork.
    await inScenario(ws, 'Dan off all week', 'history/undo');
    await inScenario(ws, 'Dan off all week', 'history/undo');
    expect((await inScenario<{ canUndo: boolean }>(ws, 'Dan off all week', 'history/get-status')).canUndo).toBe(false);
    expect((await call(ws, 'history/get-status')).undoLabel).toMatch(/^Move J-1002/);
    ws.close();
  });

  it('compares two plans: KPIs side by side and the differing jobs', async () => {
    const ws = await imported();
    await call(ws, 'scenario/create', { name: 'storm' });
    await inScenario(ws, 'storm', 'diary/move-job', { ref: 'J-1019', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
    await inScenario(ws, 'storm', 'diary/move-job', {
      ref: 'J-1002',
      to: { operative_id: 'OP-003', date: '2027-01-06' },
      seen: { operative_id: 'OP-001', date: '2027-01-05', sequence: 0 },
    });
    const c = await call(ws, 'scenario/compare', {
      a: 'base',
      b: 'storm',
      from: '2027-01-04',
      to: '2027-01-08',
    });
    expect(c.a.placed).toBe(1);
    expect(c.b.placed).toBe(2);
    expect(c.a.unplaced).toBe(19);
    expect(c.changes.map((x) => x.ref)).toEqual(['J-1002', 'J-1019']);
    expect(c.changes[0]).toMatchObject({ a: { operative: 'OP-001', date: '2027-01-05' }, b: { operative: 'OP-003', date: '2027-01-06' } });
    expect(c.changes[1]).toMatchObject({ a: null, b: { operative: 'OP-001', date: '2027-01-05' } });
    ws.close();
  });

  it('promotes as one undoable step, and refuses when the live plan changed since the fork unless confirmed', async () => {
    const ws = await imported();
    await call(ws, 'scenario/create', { name: 'plan B' });
    await inScenario(ws, 'plan B', 'diary/move-job', { ref: 'J-1019', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
    // The live plan moves on meanwhile, touching the same job differently.
    await call(ws, 'diary/move-job', { ref: 'J-1019', to: { operative_id: 'OP-003', date: '2027-01-06' }, seen: null });
    const refused = await ws.dispatch('scenario/promote', { name: 'plan B', note: 'storm cover' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/conflicting with the scenario: J-1019/);
    expect(await placement(ws, 'J-1019')).toMatchObject({ operative_id: 'OP-003' });

    const done = await call(ws, 'scenario/promote', {
      name: 'plan B',
      note: 'storm cover',
      confirm: true,
    });
    expect(done.conflicts).toEqual(['J-1019']);
    expect(await placement(ws, 'J-1019')).toMatchObject({ operative_id: 'OP-001', date: '2027-01-05' });
    expect((await call(ws, 'history/get-status')).undoLabel).toBe('Promote scenario "plan B": storm cover');
    await call(ws, 'history/undo');
    expect(await placement(ws, 'J-1019')).toMatchObject({ operative_id: 'OP-003' });
    ws.close();
  });

  it('promotes cleanly when only the scenario changed', async () => {
    const ws = await imported();
    await call(ws, 'scenario/create', { name: 'clean' });
    await inScenario(ws, 'clean', 'diary/move-job', { ref: 'J-1019', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
    expect(await call(ws, 'scenario/promote', { name: 'clean' })).toMatchObject({ applied: 1, conflicts: [], baseChanged: [] });
    expect(await placement(ws, 'J-1019')).toMatchObject({ operative_id: 'OP-001' });
    ws.close();
  });

  it('forks from another scenario, lists and drops', async () => {
    const ws = await imported();
    await call(ws, 'scenario/create', { name: 'A' });
    await inScenario(ws, 'A', 'diary/move-job', { ref: 'J-1019', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
    await call(ws, 'scenario/create', { name: 'A2', from: 'A', note: 'variant' });
    expect(await placement(ws, 'J-1019', 'A2')).toMatchObject({ operative_id: 'OP-001' });
    expect((await call(ws, 'scenario/list')).map((s) => [s.name, s.from])).toEqual([
      ['A', null],
      ['A2', 'A'],
    ]);
    await call(ws, 'scenario/drop', { name: 'A' });
    expect((await call(ws, 'scenario/list')).length).toBe(1);
    expect(await ws.dispatch('jobs/list', {}, { scenario: 'A' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    ws.close();
  });

  it('bad input: duplicate, empty or reserved names, a missing scenario to compare', async () => {
    const ws = await imported();
    await call(ws, 'scenario/create', { name: 'Storm' });
    expect(await ws.dispatch('scenario/create', { name: 'storm' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'A scenario named "Storm" already exists' },
    });
    expect(await ws.dispatch('scenario/create', { name: '   ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await ws.dispatch('scenario/create', { name: 'base' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await ws.dispatch('scenario/compare', { a: 'base', b: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No scenario named "nope"' },
    });
    expect(await ws.dispatch('scenario/promote', { name: 'Storm' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/no changes/) },
    });
    expect((await call(ws, 'scenario/list')).length).toBe(1);
    ws.close();
  });
});

describe('publishing and open scenarios', () => {
  it('refuses to publish a range an open scenario re-plans, unless a reason is given; never publishes a scenario', async () => {
    const { assertPublishable } = await import('../../../electron/backend/packs/scenario-overlap');
    const ws = await imported();
    await call(ws, 'scenario/create', { name: 'storm' });
    const range = { from: '2027-01-04', to: '2027-01-08' };
    expect(() => assertPublishable(ws.store, ws.scenarios, range)).not.toThrow();
    await inScenario(ws, 'storm', 'diary/move-job', { ref: 'J-1019', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null });
    expect(() => assertPublishable(ws.store, ws.scenarios, range)).toThrow(/overlaps unpublished scenario "storm" \(1 placement differ\)/);
    expect(() => assertPublishable(ws.store, ws.scenarios, { from: '2027-02-01', to: '2027-02-05' })).not.toThrow();
    expect(() => assertPublishable(ws.store, ws.scenarios, { ...range, overrideReason: 'storm plan rejected by ops' })).not.toThrow();
    expect(() => assertPublishable(ws.store, ws.scenarios, { ...range, scenario: 'storm' })).toThrow(
      /promote scenario "storm" into the live plan first/,
    );
    await call(ws, 'scenario/promote', { name: 'storm' });
    expect(() => assertPublishable(ws.store, ws.scenarios, range)).not.toThrow();
    ws.close();
  });
});
