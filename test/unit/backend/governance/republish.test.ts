// Unpublished changes and republishing (issue 15): edits to a published range are counted, and
// version n+1's changes.json lists each, within policy (a request behind it) or outside; the
// pack's README carries the decision-rights table.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, staffedWorkspace } from './helpers';

const HOME_BEFORE = process.env.PLANWRIGHT_HOME;
beforeAll(() => {
  process.env.PLANWRIGHT_HOME = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'pw-home-'));
});
afterAll(() => {
  if (HOME_BEFORE === undefined) delete process.env.PLANWRIGHT_HOME;
  else process.env.PLANWRIGHT_HOME = HOME_BEFORE;
});

const RANGE = { from: '2027-01-04', to: '2027-01-08' };

describe('unpublished changes and republishing', () => {
  it("counts edits since publishing and lists them in version n+1's changes.json, within or outside policy", async () => {
    const ws = await staffedWorkspace();
    await ok(ws, 'diary/assign-job', { ref: 'J-1003', operative_id: 'OP-004', date: '2027-01-06' });
    const publish = () =>
      ok<{ version: number; path: string }>(ws, 'packs/publish', {
        ...RANGE,
        out_dir: ws.dir,
        passphrase: 'correct horse battery',
        override_reason: 'test data',
      });
    expect((await publish()).version).toBe(1);
    expect(await ok(ws, 'changes/get-count', {})).toEqual({ pending: 0, unpublished: 0 });

    const r = await ok<{ id: number }>(
      ws,
      'changes/request',
      { ref: 'J-1002', kind: 'move-day', to_date: '2027-01-06', reason: 'tenant at hospital' },
      'lee',
    );
    expect(await ok(ws, 'changes/get-count', {})).toEqual({ pending: 1, unpublished: 0 });
    await ok(ws, 'changes/approve', { id: r.id });
    // A planner's drag without a request: outside policy.
    await ok(ws, 'diary/move-job', {
      ref: 'J-1003',
      to: { operative_id: 'OP-004', date: '2027-01-07' },
      seen: { operative_id: 'OP-004', date: '2027-01-06', sequence: 0 },
    });
    expect(await ok(ws, 'changes/get-count', {})).toEqual({ pending: 0, unpublished: 2 });

    const v2 = await publish();
    expect(v2.version).toBe(2);
    const changes = JSON.parse(fs.readFileSync(path.join(v2.path, 'changes.json'), 'utf8'));
    expect(changes.changes).toEqual([
      expect.objectContaining({
        ref: 'J-1002',
        kind: 'move-day',
        within_policy: true,
        request: r.id,
        requested_by: 'Lee Ops',
        decided_by: 'Pat Planner',
      }),
      expect.objectContaining({ ref: 'J-1003', kind: 'move-day', within_policy: false, request: null }),
    ]);
    const readme = fs.readFileSync(path.join(v2.path, 'README.txt'), 'utf8');
    expect(readme).toContain('2 changes since version 1: 1 within policy, 1 outside');
    expect(readme).toMatch(/DECISION RIGHTS[\s\S]*Intraday reallocation\s+Operations team leader\s+Supervisor/);
    const policy = JSON.parse(fs.readFileSync(path.join(v2.path, 'change-policy.json'), 'utf8'));
    expect(policy).toMatchObject({
      schema_version: 2,
      kinds: expect.arrayContaining([expect.objectContaining({ kind: 'move-day', mode: 'signoff' })]),
    });
    expect(await ok(ws, 'changes/get-count', {})).toEqual({ pending: 0, unpublished: 0 });
    ws.close();
  });
});
