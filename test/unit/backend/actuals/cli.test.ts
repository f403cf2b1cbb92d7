// The actuals commands through the real CLI entry (dispatcher by contract name): exit codes,
// per-row errors, and the JSON keys the issue names.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, refusedLines } from '../../cli-harness';
import { actualsWorkspace, csv, TUE, WED } from './actuals-helpers';

async function dbWithFile(text: string) {
  const ws = await actualsWorkspace();
  ws.close();
  const file = path.join(ws.dir, 'actuals.csv');
  fs.writeFileSync(file, text);
  return { db: ws.dbPath, file, dir: ws.dir };
}

describe('actuals CLI', () => {
  it('imports actuals.csv, then reports plan versus actual, the rebooking queue and flagged addresses as JSON', async () => {
    const { db, file } = await dbWithFile(
      csv(
        `J-1,,OP-1,${TUE},12:40,13:50,NO_ACCESS,NO_ANSWER,,,`,
        `J-2,,OP-1,${WED},09:00,09:05,NO_ACCESS,TENANT_REFUSED,,,`,
        `J-3,,OP-2,${TUE},09:00,10:00,COMPLETED,,,,`,
        `J-5,,OP-3,${TUE},13:00,14:00,FURTHER_WORK,WRONG_TRADE,PLAST,90,`,
      ),
    );
    const imported = await cli(['actuals', 'import', '--db', db, '--file', file]);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out.split('\n')).toEqual([
      'Recorded 4 visits from actuals.csv: 4 added, 0 corrected, 0 unchanged.',
      '2 jobs waiting to be rebooked.',
      'Follow-on jobs created: J-5-F1.',
      'Address flags raised: 4 Brick Row, Leeds LS6 1AA.',
    ]);
    expect((await cli(['actuals', 'import', '--db', db, '--file', file])).out).toBe(
      'Recorded 4 visits from actuals.csv: 0 added, 0 corrected, 4 unchanged.',
    );

    const report = await cli(['actuals', 'report', '--db', db, '--from', TUE, '--to', WED, '--json']);
    expect(report.code).toBe(0);
    const json = JSON.parse(report.out) as {
      kpis: Record<string, unknown>;
      visits: Record<string, unknown>[];
    };
    expect(json.kpis).toMatchObject({ completion_rate: 0.25, no_access_rate: 0.5, within_sla_by_priority: { ROUTINE: { completed: 1 } } });
    expect(json.visits).toHaveLength(4);
    for (const v of json.visits) expect(Object.keys(v)).toEqual(expect.arrayContaining(['ref', 'planned', 'actual', 'outcome']));

    const text = await cli(['actuals', 'report', '--db', db, '--from', TUE, '--to', WED]);
    expect(text.out).toMatch(/^Plan versus actual 2027-01-05 to 2027-01-06: 4 visits/);
    expect(text.out).toMatch(/\ncompletion_rate\t25\.0%\n/);

    const queue = JSON.parse((await cli(['rebooking', '--db', db, '--json'])).out) as Record<string, unknown>[];
    expect(queue.map((i) => [i.ref, i.deadline, i.attempts])).toEqual([
      ['J-2', '2027-01-11T23:59', 1],
      ['J-1', '2027-02-01T23:59', 1],
      ['J-5-F1', '2027-02-01T23:59', 0],
    ]);
    expect((await cli(['rebooking', '--db', db])).out.split('\n')[0]).toBe(
      'ref\tdeadline\tattempts\toutcome\tfailed_on\towner\tbooked\tfollow_on_of',
    );

    const flags = JSON.parse((await cli(['addresses', '--db', db, '--json'])).out) as Record<string, unknown>[];
    expect(flags).toMatchObject([
      { address: '4 Brick Row, Leeds LS6 1AA', count: 2, last_outcome: 'NO_ACCESS', owner: 'supervisor', state: 'open' },
    ]);
    expect((await cli(['addresses', '--db', db])).out.split('\n')[1]).toMatch(
      /^4 Brick Row, Leeds LS6 1AA\t2\tNO_ACCESS\t2027-01-06\tsupervisor\topen\t/,
    );
  });

  it('refuses a bad file with every row problem, exit 2, and imports nothing', async () => {
    const { db, file } = await dbWithFile(csv(`J-1,,OP-1,${TUE},10:00,09:00,COMPLETED,,,,`, `J-9,,OP-1,${TUE},10:00,11:00,LATE,,,,`));
    expect(await refusedLines(['actuals', 'import', '--db', db, '--file', file])).toEqual([
      'actuals.csv:2 left: left 09:00 is before arrived 10:00',
      'actuals.csv:3 outcome: unknown outcome "LATE" (expected one of COMPLETED, NO_ACCESS, ABORTIVE, FURTHER_WORK, CANCELLED)',
      'Nothing imported (2 errors).',
    ]);
    expect(JSON.parse((await cli(['rebooking', '--db', db, '--json'])).out)).toEqual([]);
  });

  it('checks flags through the contract, naming the field, and refuses unknown subcommands', async () => {
    const { db, dir } = await dbWithFile(csv());
    expect(await cli(['actuals', 'report', '--db', db, '--from', 'yesterday', '--to', TUE])).toMatchObject({
      code: 2,
      err: 'actuals report: --from must be a real date YYYY-MM-DD (got "yesterday")',
    });
    expect((await cli(['actuals', 'report', '--db', db, '--from', TUE, '--to', '2027-02-30'])).err).toBe(
      'actuals report: --to must be a real date YYYY-MM-DD (got "2027-02-30")',
    );
    expect((await cli(['actuals', 'report', '--db', db, '--from', TUE])).err).toBe('actuals report: --to is required');
    expect((await cli(['actuals', 'export', '--db', db])).code).toBe(2);
    expect((await cli(['actuals', 'import', '--db', db, '--file', path.join(dir, 'missing.csv')])).err).toMatch(/not found/);
    expect((await cli(['rebooking', '--db', path.join(dir, 'nope.db')])).err).toMatch(/^No workspace at /);
  });
});
