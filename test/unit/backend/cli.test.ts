import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli-harness';
import { BAD, GOOD, tempDir } from './temp-workspace';

/** `import` of the four good fixture files into `db`. */
const importGoodArgs = (db: string) => [
  'import',
  '--db',
  db,
  ...['operatives', 'jobs', 'absences', 'flags'].flatMap((k) => [`--${k}`, `${GOOD}/${k}.csv`]),
];

describe('planwright CLI', () => {
  it('--help lists the commands', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['import --db', 'export --db', 'seed --db', 'host --db']) expect(r.out).toContain(c);
  });

  it('imports good files, then exports the diary and jobs in the import formats', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.db');
    const r = await cli(importGoodArgs(db));
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Imported 6 operatives, 20 jobs, 3 absences, 3 flags/);
    const out = path.join(dir, 'jobs.csv');
    expect((await cli(['export', '--db', db, '--what', 'jobs', '--out', out])).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8').split('\n').length).toBeGreaterThan(20);
  });

  it('exits 2 on one bad row, names file, line and field, and imports nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.db');
    const r = await cli(['import', '--db', db, '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${BAD}/jobs-bad-date.csv`]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/jobs-bad-date\.csv:7 raised_at: /);
    expect(r.err).toMatch(/Nothing imported/);
    const exp = path.join(dir, 'ops.csv');
    await cli(['export', '--db', db, '--what', 'operatives', '--out', exp]);
    expect(fs.readFileSync(exp, 'utf8').trim().split('\n')).toHaveLength(1); // header only
  });

  it('seeds deterministic demo data for a seed', async () => {
    const dir = tempDir();
    const dump = async (seed: string) => {
      const db = path.join(dir, `s${seed}-${Math.random()}.db`);
      const r = await cli(['seed', '--db', db, '--operatives', '8', '--jobs', '60', '--days', '5', '--seed', seed]);
      expect(r.code, r.err).toBe(0);
      const out = path.join(dir, `${path.basename(db)}.jobs.csv`);
      await cli(['export', '--db', db, '--what', 'jobs', '--out', out]);
      return fs.readFileSync(out, 'utf8');
    };
    const a = await dump('7');
    expect(await dump('7')).toBe(a);
    expect(await dump('8')).not.toBe(a);
  });

  it('refuses bad flags with a specific message and exit 2', async () => {
    const dir = tempDir();
    expect((await cli(['seed', '--db', path.join(dir, 'a.db'), '--scheduled', '1.5'])).err).toMatch(
      /--scheduled must be a number from 0 to 1/,
    );
    expect((await cli(['export', '--db', path.join(dir, 'missing.db'), '--what', 'jobs', '--out', '-'])).code).toBe(2);
    expect((await cli(['export', '--what', 'jobs', '--out', '-'])).err).toMatch(/--db is required/);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['import', '--db', path.join(dir, 'a.db'), '--jobs', '/no/such.csv'])).err).toMatch(/not found/);
  });
});

describe('planwright assign / unassign', () => {
  async function importedDb() {
    const db = path.join(tempDir(), 'w.db');
    await cli(importGoodArgs(db));
    return db;
  }

  it('refuses a hard violation with the reason and exit 2, and places it with --force-reason', async () => {
    const db = await importedDb();
    const refused = await cli(['assign', '--db', db, '--job', 'J-1002', '--operative', 'OP-002', '--date', '2027-01-05']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/needs PLUMB ≥ 2; Tom Whitaker has no PLUMB trade/);
    const forced = await cli([
      'assign',
      '--db',
      db,
      '--job',
      'J-1002',
      '--operative',
      'OP-002',
      '--date',
      '2027-01-05',
      '--force-reason',
      'emergency cover',
    ]);
    expect(forced.code, forced.err).toBe(0);
    expect(forced.out).toMatch(/overridden \[trade-proficiency\]/);
    const diary = path.join(tempDir(), 'd.csv');
    await cli(['export', '--db', db, '--what', 'diary', '--out', diary]);
    expect(fs.readFileSync(diary, 'utf8')).toMatch(/J-1002,OP-002,2027-01-05,,0,false/);
    expect((await cli(['unassign', '--db', db, '--job', 'J-1002'])).out).toBe('Unscheduled J-1002');
    expect((await cli(['unassign', '--db', db, '--job', 'J-1002'])).code).toBe(2);
  });

  it('places a valid job and rejects bad dates', async () => {
    const db = await importedDb();
    expect(
      (await cli(['assign', '--db', db, '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-01-05', '--start', '09:30'])).code,
    ).toBe(0);
    expect((await cli(['assign', '--db', db, '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-02-30'])).err).toMatch(
      /real date/,
    );
  });
});

describe('planwright scenario', () => {
  it('creates, works inside with --scenario, compares as JSON, promotes and drops', async () => {
    const db = path.join(tempDir(), 'w.db');
    await cli(['import', '--db', db, '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${GOOD}/jobs.csv`]);
    expect((await cli(['scenario', 'create', '--db', db, '--name', 'storm'])).out).toMatch(
      /Created scenario "storm" from the live plan in \d+ ms/,
    );
    expect(
      (await cli(['assign', '--db', db, '--scenario', 'storm', '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-01-05'])).code,
    ).toBe(0);
    const live = await cli(['export', '--db', db, '--what', 'diary', '--out', '-']);
    expect(live.code).toBe(0);
    const cmp = await cli(['scenario', 'compare', '--db', db, '--a', 'base', '--b', 'storm', '--json']);
    const json = JSON.parse(cmp.out);
    expect(Object.keys(json)).toEqual(['a', 'b', 'changes']);
    expect(json.a.placed).toBe(0);
    expect(json.b.placed).toBe(1);
    expect(json.changes).toEqual([
      { ref: 'J-1002', a: null, b: { operative: 'OP-001', date: '2027-01-05', start: expect.stringMatching(/^\d\d:\d\d$/) } },
    ]);
    expect((await cli(['scenario', 'promote', '--db', db, '--name', 'storm'])).out).toMatch(/Promoted "storm"/);
    expect((await cli(['scenario', 'list', '--db', db])).out).toMatch(/^storm\tfrom base\tcreated .*\tpromoted /);
    expect((await cli(['scenario', 'drop', '--db', db, '--name', 'storm'])).code).toBe(0);
    expect((await cli(['scenario', 'compare', '--db', db, '--a', 'base', '--b', 'storm'])).err).toBe(
      'scenario compare: No scenario named "storm"',
    );
    expect(
      (await cli(['assign', '--db', db, '--scenario', 'gone', '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-01-05'])).code,
    ).toBe(2);
  });
});
