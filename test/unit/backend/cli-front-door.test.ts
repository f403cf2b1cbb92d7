// One front door: every CLI command that works on a workspace makes contract calls through the
// dispatcher, and its flag errors are the contract's own, told in terms of the flag.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands/registry';
import { cli } from '../cli-harness';
import { openWorkspace } from '../../../electron/backend/workspace';
import { GOOD, tempDir, tempWorkspace } from './temp-workspace';

/** Commands that are not calls on a workspace, and why (also in docs/ARCHITECTURE.md). */
const OUTSIDE = {
  host: 'a transport itself: serves the dispatcher over HTTP',
  seed: 'writes a whole generated workspace; there is no contract call to seed one',
  vrptw: 'solves a Solomon file; no workspace',
  verify: 'checks a pack file against a key file; no workspace',
  backup: 'lists and restores copies of the file itself, which may not open',
};

async function imported(): Promise<string> {
  const db = path.join(tempDir(), 'w.db');
  const r = await cli(['import', '--db', db, '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${GOOD}/jobs.csv`]);
  expect(r.code, r.err).toBe(0);
  return db;
}

describe('the CLI goes through the dispatcher', () => {
  it('workspace commands import no backend service, store or handler (only the front door)', () => {
    const dir = path.resolve('electron/cli/commands');
    for (const name of Object.keys(COMMANDS)) {
      if (name in OUTSIDE || name === 'key') continue; // key export: creating a key is local, see key.ts
      const file = path.join(dir, `${name === 'unassign' ? 'assign' : name}.ts`);
      const backend = [...fs.readFileSync(file, 'utf8').matchAll(/^import (type )?.* from '(\.\.\/\.\.\/backend\/[^']+)';$/gm)]
        .filter((m) => !m[1] && !m[2]!.endsWith('/paths'))
        .map((m) => m[2]);
      expect(backend, name).toEqual([]);
    }
  });

  it("names a bad flag with the contract's own message for its field", async () => {
    const db = await imported();
    const r = await cli(['assign', '--db', db, '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-02-30']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('assign: --date must be a real date YYYY-MM-DD (got "2027-02-30")');
    // The same input through the API names the same field with the same words.
    const ws = await tempWorkspace();
    const api = await ws.dispatch('diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-02-30' });
    expect(api).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'date', message: 'must be a real date YYYY-MM-DD' }] },
    });
    ws.close();

    expect((await cli(['assign', '--db', db, '--job', 'J-1002', '--date', '2027-01-05'])).err).toBe('assign: --operative is required');
    expect(
      (await cli(['assign', '--db', db, '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-01-05', '--force-reason', ' x '])).err,
    ).toBe('assign: --force-reason: give a reason of at least 3 characters (got " x ")');
    expect((await cli(['export', '--db', db, '--what', 'rotas', '--out', '-'])).err).toBe(
      'export: --what must be one of operatives, jobs, absences, flags, diary (got "rotas")',
    );
    expect((await cli(['schedule', '--db', db, '--from', '2027-01-04', '--to', '2027-01-08', '--time-limit-ms', '0'])).err).toBe(
      'schedule: --time-limit-ms: time limit must be at least 1 ms (got "0")',
    );
    expect((await cli(['schedule', '--db', db, '--from', '2027-01-04', '--to', '2027-01-08', '--time-limit-ms', 'soon'])).err).toBe(
      'schedule: --time-limit-ms must be a whole number (got "soon")',
    );
  });

  it('refuses bad input before opening the workspace: no file is created', async () => {
    const db = path.join(tempDir(), 'never.db');
    const r = await cli(['import', '--db', db]);
    expect(r).toMatchObject({ code: 2, err: 'import: give at least one CSV file' });
    expect(fs.existsSync(db)).toBe(false);
  });

  it('schedule runs through the worker and applies one undoable step; --dry-run changes nothing', async () => {
    const db = await imported();
    const args = ['schedule', '--db', db, '--from', '2027-01-04', '--to', '2027-01-08', '--time-limit-ms', '4000', '--seed', '2'];
    const dry = await cli([...args, '--dry-run', '--json']);
    expect(dry.code, dry.err).toBe(0);
    const preview = JSON.parse(dry.out) as { applied: boolean; added: unknown[]; unplaced: unknown[] };
    expect(preview.applied).toBe(false);
    expect(preview.added.length + preview.unplaced.length).toBe(20);
    const untouched = await openWorkspace(db, { backup: false });
    expect(untouched.store.read.diary()).toEqual([]);
    untouched.close();

    const run = await cli(args);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(
      /^Auto-schedule 2027-01-04 to 2027-01-08 in \d+ ms: \d+ added, 0 moved, \d+ still unplaced \(applied; undo in the app\)/,
    );
    const live = await openWorkspace(db, { backup: false });
    // The step is the OS user's (the CLI's actor): theirs to undo.
    const status = await live.dispatch('history/get-status', {}, { scenario: null, actor: `user:${os.userInfo().username}` });
    expect(status.ok && (status.result as { undoLabel: string | null }).undoLabel).toMatch(
      /^Auto-schedule 2027-01-04 to 2027-01-08: \d+ added, 0 moved$/,
    );
    expect(live.store.read.diary().length).toBeGreaterThan(0);
    live.close();
  });

  it('keeps the scope: --scenario works inside the scenario only', async () => {
    const db = await imported();
    expect((await cli(['scenario', 'create', '--db', db, '--name', 'storm'])).code).toBe(0);
    const assign = ['assign', '--db', db, '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-01-05'];
    expect((await cli([...assign, '--scenario', 'storm'])).code).toBe(0);
    const inScenario = await cli(['export', '--db', db, '--what', 'diary', '--out', '-', '--scenario', 'storm']);
    expect(inScenario.code).toBe(0);
    expect((await cli(['unassign', '--db', db, '--job', 'J-1002'])).err).toBe('unassign: Job J-1002 is not in the diary');
    expect((await cli(['unassign', '--db', db, '--job', 'J-1002', '--scenario', 'storm'])).out).toBe('Unscheduled J-1002');
  });
});
