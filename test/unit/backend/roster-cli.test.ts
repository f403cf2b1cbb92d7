// `roster import|export` and `capacity` through the real CLI entry point.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, refusedLines } from '../cli-harness';
import { GOOD, tempDir } from './temp-workspace';

async function workspace() {
  const dir = tempDir();
  const db = path.join(dir, 'w.db');
  const r = await cli(['import', '--db', db, '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${GOOD}/jobs.csv`]);
  expect(r.code, r.err).toBe(0);
  const write = (name: string, text: string) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, text);
    return f;
  };
  return { dir, db, write };
}

describe('roster and capacity commands', () => {
  it('imports roster.csv, exports it back, and reports capacity per trade per day', async () => {
    const { db, dir, write } = await workspace();
    const file = write('roster.csv', 'operative_id,date,start,end,kind\nOP-001,2027-01-05,,,off\nOP-003,2027-01-05,12:00,16:30,work\n');
    const imp = await cli(['roster', 'import', '--db', db, '--file', file]);
    expect(imp.err).toBe('');
    expect(imp.out).toBe(`Imported 2 roster rows (2 operative-days) into ${db}`);

    const out = path.join(dir, 'out.csv');
    expect(
      (await cli(['roster', 'export', '--db', db, '--from', '2027-01-05', '--to', '2027-01-05', '--out', out, '--overrides-only'])).code,
    ).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(
      'operative_id,date,start,end,kind\nOP-001,2027-01-05,,,off\nOP-003,2027-01-05,12:00,16:30,work\n',
    );

    const cap = await cli(['capacity', '--db', db, '--from', '2027-01-04', '--to', '2027-01-05', '--json']);
    expect(cap.code, cap.err).toBe(0);
    const report = JSON.parse(cap.out) as {
      trades: { trade: string; days: { date: string; available: number; demanded: number; shortfall: number }[] }[];
    };
    const gas = report.trades.find((t) => t.trade === 'GAS')!;
    expect(gas.days.map((d) => d.available)).toEqual([17, 4.5]); // Tue: Aisha off, Priya 12:00–16:30
    for (const d of gas.days) expect(d.shortfall).toBe(Math.max(0, Math.round((d.demanded - d.available) * 10) / 10));

    const text = await cli(['capacity', '--db', db, '--from', '2027-01-04', '--to', '2027-01-05']);
    expect(text.out.split('\n')[0]).toBe('trade\tdate\tavailable_h\tdemanded_h\tshortfall_h');
    expect(text.out).toMatch(/^GAS\t2027-01-05\t4\.5\t/m);
    expect(text.out).toMatch(/^GAS(:| short by)/m);
  });

  it('exits 2 on bad roster input, naming file, line and field, and imports nothing', async () => {
    const { db, write } = await workspace();
    const file = write(
      'bad-roster.csv',
      'operative_id,date,start,end,kind\nOP-001,2027-01-05,22:00,06:00,work\nOP-001,2029-01-05,08:00,12:00,work\nOP-001,2027-01-06,08:00,12:00,work\nOP-001,2027-01-06,11:00,14:00,on_call\n',
    );
    expect(await refusedLines(['roster', 'import', '--db', db, '--file', file])).toEqual([
      'bad-roster.csv:2 end: end 06:00 is before start 22:00; a shift crossing midnight must be marked: write 06:00+1',
      'bad-roster.csv:3 date: date 2029-01-05 is outside the planning calendar (2026-01-01 to 2028-12-31)',
      'bad-roster.csv:5 start: overlapping shifts: the on-call period 11:00–14:00 on 2027-01-06 overlaps the work shift 08:00–12:00 on 2027-01-06 on line 4',
      'Nothing imported (3 errors).',
    ]);
    const exp = await cli([
      'roster',
      'export',
      '--db',
      db,
      '--from',
      '2027-01-01',
      '--to',
      '2027-01-31',
      '--out',
      write('x.csv', ''),
      '--overrides-only',
    ]);
    expect(exp.out).toMatch(/^Wrote 0 roster rows/);
  });

  it('refuses bad flags with exit 2', async () => {
    const { db } = await workspace();
    expect((await cli(['capacity', '--db', db, '--from', '2027-01-05'])).err).toBe('capacity: --to is required');
    expect((await cli(['capacity', '--db', db, '--from', '2027-01-08', '--to', '2027-01-04'])).err).toBe(
      'capacity: from 2027-01-08 is after to 2027-01-04',
    );
    expect((await cli(['roster', 'export', '--db', db, '--from', '2027-13-01', '--to', '2027-01-04', '--out', '-'])).code).toBe(2);
    expect((await cli(['roster', 'bogus', '--db', db])).err).toBe('roster: say import or export (see --help)');
  });
});
