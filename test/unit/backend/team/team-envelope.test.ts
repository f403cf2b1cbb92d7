// The command envelope: a write replayed with the same command on the same state writes the
// same rows (ids and times come from the command, not the machine's clock).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandEnvelope } from '../../../../shared/api/command';
import { newCommandId } from '../../../../electron/backend/store/command';
import { contentHash } from '../../../../electron/backend/store/team/synced-tables';
import { openWorkspace, type Workspace } from '../../../../electron/backend/workspace';
import { call, goodFiles, tempDir } from '../temp-workspace';

const WRITES: [string, unknown][] = [
  ['diary/move-job', { ref: 'J-1001', to: { operative_id: 'OP-001', date: '2027-01-05' }, seen: null }],
  ['jobs/hold-job', { ref: 'J-1003', reason: 'Tenant away until February' }],
  ['baseline/save', { label: 'before the storm' }],
  [
    'flags/create-flag',
    { operative_id: 'OP-002', flag: 'REDUCED_DUTIES', scope: 'trade:ELEC', until: '2027-01-20', owner: 'Sam Ellis', note: 'back strain' },
  ],
];

async function copyOf(file: string, clock: string): Promise<Workspace> {
  const dir = tempDir();
  const to = path.join(dir, 'copy.db');
  fs.copyFileSync(file, to);
  return openWorkspace(to, { checkOutput: true, backup: false, now: () => clock });
}

describe('command envelope', () => {
  it('the same commands on the same state give the same rows, whatever the machine clock', async () => {
    const dir = tempDir();
    const base = await openWorkspace(path.join(dir, 'base.db'), { checkOutput: true, backup: false });
    await call(base, 'import/run-csv', goodFiles());
    base.close();
    const a = await copyOf(path.join(dir, 'base.db'), '2027-01-04T09:00:00.000Z');
    const b = await copyOf(path.join(dir, 'base.db'), '2031-06-30T17:45:00.000Z');
    expect(contentHash(a.store)).toBe(contentHash(b.store));
    const commands: CommandEnvelope[] = WRITES.map((_, i) => ({
      id: newCommandId(),
      actor: 'person:sam',
      at: `2027-01-04T10:0${i}:00.000Z`,
      base_seq: i,
    }));
    for (const [i, [name, input]] of WRITES.entries()) {
      const scope = { scenario: null, actor: 'window:whatever', command: commands[i]! };
      const ra = await a.dispatch(name, input, scope);
      const rb = await b.dispatch(name, input, scope);
      expect(ra.ok, JSON.stringify(ra)).toBe(true);
      expect(rb).toEqual(ra);
    }
    expect(contentHash(a.store)).toBe(contentHash(b.store));
    // The time and actor written are the command's, not the clock's or the window's.
    const events = await call(a, 'jobs/get-history', { ref: 'J-1003' });
    expect(JSON.stringify(events)).toContain('2027-01-04T10:01:00.000Z');
    expect((await call(a, 'baseline/list'))[0]!.saved_at).toBe('2027-01-04T10:02:00.000Z');

    // Without an envelope each call gets a fresh one: the machines' clocks now differ, so the rows do.
    await a.dispatch('baseline/save', { label: 'x' });
    await b.dispatch('baseline/save', { label: 'x' });
    expect(contentHash(a.store)).not.toBe(contentHash(b.store));
    a.close();
    b.close();
  });

  it('refuses a malformed command envelope naming the field', async () => {
    const { parseCallScope } = await import('../../../../shared/api/bridge');
    const bad = parseCallScope({
      scenario: null,
      actor: 'x',
      command: { id: 'not-a-uuid', actor: 'x', at: '2027-01-01T00:00:00Z', base_seq: 0 },
    });
    expect(bad).toEqual({ ok: false, message: expect.stringMatching(/^command\.id must be a UUID v7/) });
  });
});
