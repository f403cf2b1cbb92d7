// The CLI for scripts (issue 13), run in-process through the real entry: job add|edit|cancel,
// operative add|edit|retire, suggest --json and print, on real SQLite files. They call the same
// contract names through the dispatcher, so refusals are the app's: exit 2, nothing changed.
// These run on the real clock: every date is made relative to now.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, refusedLines } from '../../cli-harness';
import { GOOD, tempDir } from '../temp-workspace';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function workspace(): Promise<string> {
  const db = path.join(tempDir(), 'w.db');
  const r = await cli(['import', '--db', db, '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${GOOD}/jobs.csv`]);
  expect(r.code).toBe(0);
  return db;
}

async function jobsCsv(db: string): Promise<string> {
  const out = path.join(path.dirname(db), `jobs-${Math.random()}.csv`);
  expect((await cli(['export', '--db', db, '--what', 'jobs', '--out', out])).code).toBe(0);
  return fs.readFileSync(out, 'utf8');
}

const repair = (over: Record<string, string> = {}) =>
  Object.entries({
    address: '9 Test Lane, Leeds LS6 2AB',
    lat: '53.811',
    lon: '-1.571',
    area: 'LS6',
    trade: 'GAS',
    'min-proficiency': '2',
    competences: 'GAS_SAFE',
    priority: 'ROUTINE',
    'raised-at': hoursAgo(1),
    'duration-min': '60',
    impact: '3',
    effort: '2',
    ...over,
  }).flatMap(([k, v]) => [`--${k}`, v]);

describe('job add|edit|cancel', () => {
  it('adds a job (ref generated), edits and cancels it; flags are the jobs.csv columns', async () => {
    const db = await workspace();
    const add = await cli(['job', 'add', '--db', db, ...repair({ notes: 'Side door' })]);
    expect(add.err).toBe('');
    expect(add.code).toBe(0);
    expect(add.out).toMatch(/^Added J-1021 \(ROUTINE GAS, 9 Test Lane, Leeds LS6 2AB\), SLA deadline \d+ \w{3} \d{4} 23:59$/);
    expect(await jobsCsv(db)).toContain('J-1021,"9 Test Lane, Leeds LS6 2AB",53.811,-1.571,LS6,GAS,2,GAS_SAFE,ROUTINE');
    const edit = await cli(['job', 'edit', '--db', db, '--ref', 'J-1021', '--duration-min', '90', '--window', 'AM']);
    expect(edit).toMatchObject({ code: 0, out: 'Changed J-1021: duration_min, window' });
    const cancel = await cli(['job', 'cancel', '--db', db, '--ref', 'J-1021', '--reason', 'Tenant fixed it themselves']);
    expect(cancel).toMatchObject({ code: 0, out: 'Cancelled J-1021: Tenant fixed it themselves' });
    const again = await cli(['job', 'cancel', '--db', db, '--ref', 'J-1021', '--reason', 'again']);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/J-1021 is cancelled, so it cannot be cancelled/);
  });

  it.each([
    ['an unknown trade', { trade: 'GSA' }, /trade "GSA" is not a trade of this workspace/],
    ['a raised time in the future', { 'raised-at': new Date(Date.now() + 86_400_000).toISOString() }, /raised_at ".*" is in the future/],
    ['a duplicate ref', { ref: 'J-1001' }, /ref J-1001 is already used by another job/],
    ['coordinates outside the service area', { lat: '-1.571', lon: '53.811' }, /lat -1\.571 is outside the service area/],
    ['a bad cell (the import message)', { 'min-proficiency': '9' }, /min_proficiency 9 is outside 1–5/],
  ])('refuses %s: exit 2, a specific message, nothing changed', async (_what, over, message) => {
    const db = await workspace();
    const before = await jobsCsv(db);
    const r = await cli(['job', 'add', '--db', db, ...repair(over)]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(await jobsCsv(db)).toBe(before);
  });

  it('prints every field problem on its own line, and refuses unknown flags and missing subcommands', async () => {
    const db = await workspace();
    expect((await refusedLines(['job', 'add', '--db', db, ...repair({ trade: 'GSA', impact: '0' })])).slice(1)).toEqual([
      expect.stringMatching(/^ {2}impact: impact 0 is outside 1–5/),
      expect.stringMatching(/^ {2}trade: trade "GSA" is not a trade of this workspace/),
    ]);
    expect((await cli(['job', 'add', '--db', db, '--colour', 'red'])).code).toBe(2);
    expect((await cli(['job', '--db', db])).err).toMatch(/say add, edit, cancel, hold or reopen/);
  });
});

describe('operative add|edit|retire', () => {
  it('adds, edits and retires; a bad trades cell gives the operatives.csv message', async () => {
    const db = await workspace();
    const base = [
      '--name',
      'Kim Lee',
      '--trades',
      'GAS:3',
      '--competences',
      'GAS_SAFE@2028-12-31',
      '--start-lat',
      '53.8',
      '--start-lon',
      '-1.55',
    ];
    const hours = ['--shift-start', '08:00', '--shift-end', '16:00', '--working-days', 'Mon;Tue;Wed;Thu;Fri'];
    const add = await cli(['operative', 'add', '--db', db, ...base, ...hours]);
    expect(add).toMatchObject({ code: 0, out: 'Added Kim Lee (OP-007): GAS:3' });
    const bad = await cli(['operative', 'edit', '--db', db, '--id', 'OP-007', '--trades', 'GAS']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/trades item "GAS" has no proficiency \(expected TRADE:LEVEL, e\.g\. GAS:3\)/);
    expect(await cli(['operative', 'edit', '--db', db, '--id', 'OP-007', '--areas', 'LS6;LS7'])).toMatchObject({
      code: 0,
      out: 'Changed Kim Lee (OP-007): areas',
    });
    const retire = await cli(['operative', 'retire', '--db', db, '--id', 'OP-007', '--reason', 'Moved away', '--from', '2028-06-01']);
    expect(retire).toMatchObject({ code: 0, out: 'Retired Kim Lee (OP-007) from 2028-06-01: Moved away' });
  });
});

describe('suggest and print', () => {
  it('suggest --json has exactly the documented shape, best first; print writes a PDF holding the placed refs', async () => {
    const db = await workspace();
    const hours = ['--shift-start', '07:00', '--shift-end', '18:00', '--working-days', 'Mon;Tue;Wed;Thu;Fri;Sat;Sun'];
    const gasFitters: [string, string][] = [
      ['OP-101', '53.812'],
      ['OP-102', '53.84'],
    ];
    for (const [id, lat] of gasFitters) {
      const r = await cli([
        'operative',
        'add',
        '--db',
        db,
        '--id',
        id,
        '--name',
        `Gas ${id}`,
        '--trades',
        'GAS:3',
        '--competences',
        'GAS_SAFE@2028-12-31',
        '--start-lat',
        lat,
        '--start-lon',
        '-1.571',
        ...hours,
      ]);
      expect(r.code).toBe(0);
    }
    expect((await cli(['job', 'add', '--db', db, ...repair()])).code).toBe(0);
    const r = await cli(['suggest', '--db', db, '--job', 'J-1021', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      job: string;
      suggested: Record<string, unknown>[];
      cannot: { operative_id: string; rules: Record<string, unknown>[] }[];
    };
    expect(Object.keys(json)).toEqual(['job', 'suggested', 'cannot']);
    expect(json.job).toBe('J-1021');
    expect(json.suggested.length).toBeGreaterThan(0);
    for (const s of json.suggested) expect(Object.keys(s)).toEqual(['operative_id', 'date', 'start', 'travel_min', 'knock_on']);
    const keys = json.suggested.map((s) => `${s.date as string} ${s.start as string}`);
    expect(keys).toEqual([...keys].sort());
    expect(json.cannot.map((c) => c.operative_id)).toContain('OP-002'); // no GAS trade
    for (const c of json.cannot) {
      expect(Object.keys(c)).toEqual(['operative_id', 'rules']);
      for (const rule of c.rules) expect(Object.keys(rule)).toEqual(['rule', 'reason']);
    }
    const text = await cli(['suggest', '--db', db, '--job', 'J-1021']);
    expect(text.out).toMatch(/^Suggested operatives for J-1021/);
    expect(text.out).toMatch(/\nCannot \(\d+\): .*have no GAS trade/);

    const best = json.suggested[0]!;
    const assign = await cli([
      'assign',
      '--db',
      db,
      '--job',
      'J-1021',
      '--operative',
      best.operative_id as string,
      '--date',
      best.date as string,
    ]);
    expect(assign.code).toBe(0);
    const pdf = path.join(path.dirname(db), 'sheet.pdf');
    const p = await cli(['print', '--db', db, '--date', best.date as string, '--operative', best.operative_id as string, '--out', pdf]);
    expect(p.code).toBe(0);
    expect(p.out).toMatch(/^Wrote .*sheet\.pdf: day sheet for 1 operative, 1 jobs, 1 page$/);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('J-1021');
    const team = path.join(path.dirname(db), 'team.pdf');
    expect((await cli(['print', '--db', db, '--date', best.date as string, '--out', team])).code).toBe(0);
    expect(execFileSync('pdftotext', [team, '-'], { encoding: 'utf8' })).toMatch(/Team day sheet[\s\S]*J-1021/);
  });

  it('refuses bad input with exit 2: an unknown job, a bad date, an --out that is not a PDF', async () => {
    const db = await workspace();
    expect(await cli(['suggest', '--db', db, '--job', 'J-404'])).toMatchObject({ code: 2, err: 'suggest: No job with ref J-404' });
    expect((await cli(['print', '--db', db, '--date', '2027-02-30', '--out', 'x.pdf'])).err).toMatch(/--date must be a real date/);
    expect((await cli(['print', '--db', db, '--date', '2027-01-05', '--out', 'x.txt'])).err).toMatch(/--out must name a \.pdf file/);
  });

  it('--help lists the new commands', async () => {
    const r = await cli(['--help']);
    for (const c of [
      'job add --db F',
      'job cancel|hold|reopen',
      'operative add --db F',
      'suggest --db F --job REF',
      'print --db F --date',
    ]) {
      expect(r.out).toContain(c);
    }
  });
});
