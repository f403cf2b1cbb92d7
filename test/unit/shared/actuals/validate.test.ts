// Rows checked against the workspace: every problem per row, so the import can refuse all of it.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ACTUALS_POLICY,
  parseActualsCsv,
  validateActuals,
  type ActualsContext,
  type CategoryJob,
} from '../../../../shared/actuals';

const HEADER = 'ref,version,operative_id,date,arrived,left,outcome,reason,follow_on_trade,follow_on_minutes,notes';
const jobs: Record<string, CategoryJob> = {
  'J-1': { priority: 'ROUTINE', trade: 'PLUMB', competences: [], notes: '', done_when: '' },
  'J-2': { priority: 'ROUTINE', trade: 'GAS', competences: ['GAS_SAFE'], notes: '', done_when: '' },
  'J-9': { priority: 'ROUTINE', trade: 'PLUMB', competences: [], notes: '', done_when: '' },
};
const ctx: ActualsContext = {
  jobs: new Set(Object.keys(jobs)),
  categoryJob: (ref) => jobs[ref],
  operatives: new Set(['OP-1', 'OP-2']),
  trades: new Set(['PLUMB', 'GAS', 'PLAST']),
  versions: [
    { version: 1, from: '2027-01-04', to: '2027-01-08' },
    { version: 2, from: '2027-01-11', to: '2027-01-15' },
  ],
  refsIn: (v) => new Set(v === 1 ? ['J-1', 'J-2'] : ['J-1', 'J-9']),
  policy: DEFAULT_ACTUALS_POLICY,
};
const check = (...rows: string[]) => validateActuals(parseActualsCsv([HEADER, ...rows].join('\n'), 'actuals.csv'), 'actuals.csv', ctx);
const errorsOf = (...rows: string[]) => check(...rows).errors.map((e) => `${e.line} ${e.field}: ${e.message}`);

describe('validateActuals', () => {
  it('resolves each row’s version in force', () => {
    const r = check('J-1,,OP-1,2027-01-05,09:00,10:00,COMPLETED,,,,', 'J-1,1,OP-1,2027-01-12,09:00,10:00,COMPLETED,,,,');
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.version_in_force)).toEqual([1, 1]);
  });

  it('refuses an unknown ref, an unknown operative, an unknown reason and an unknown follow-on trade', () => {
    expect(errorsOf('J-404,,OP-7,2027-01-05,09:00,10:00,FURTHER_WORK,NOPE,ROOF,60,')).toEqual([
      '2 ref: unknown ref "J-404": no job with this ref',
      '2 operative_id: unknown operative "OP-7"',
      '2 reason: unknown reason "NOPE" (the reason list has NO_ANSWER, TENANT_REFUSED, WRONG_TRADE, NO_MATERIALS, WRONG_INFO, RAN_OUT_OF_TIME, UNSAFE, OTHER)',
      '2 follow_on_trade: follow_on_trade "ROOF": no operative has this trade',
    ]);
  });

  it('refuses a job that is not in the version in force, and a version nobody published', () => {
    expect(errorsOf('J-9,,OP-1,2027-01-05,09:00,10:00,COMPLETED,,,,')).toEqual([
      '2 ref: J-9 is not in version 1, the latest covering 2027-01-05 (published for 2027-01-04 to 2027-01-08): give the version the visit was worked from',
    ]);
    expect(errorsOf('J-9,1,OP-1,2027-01-05,09:00,10:00,COMPLETED,,,,')).toEqual([
      '2 ref: J-9 is not in version 1 (published for 2027-01-04 to 2027-01-08): give the version the visit was worked from',
    ]);
    expect(errorsOf('J-1,7,OP-1,2027-01-05,09:00,10:00,COMPLETED,,,,')).toEqual([
      '2 version: version 7 was never published (the latest is 2)',
    ]);
    expect(errorsOf('J-1,,OP-1,2027-01-09,09:00,10:00,COMPLETED,,,,')[0]).toMatch(/^2 version: no published version covers 2027-01-09/);
  });

  it('refuses a duplicate row (the same job on the same day twice in one file)', () => {
    expect(errorsOf('J-1,,OP-1,2027-01-05,09:00,10:00,COMPLETED,,,,', 'J-1,,OP-2,2027-01-05,11:00,11:10,NO_ACCESS,NO_ANSWER,,,')).toEqual([
      '3 ref: duplicate row: J-1 on 2027-01-05 is already on line 2',
    ]);
  });

  it('refuses cancelling protected work for no access (gas safety here), but not cancelling it for another reason', () => {
    expect(errorsOf('J-2,,OP-1,2027-01-05,,,CANCELLED,NO_ANSWER,,,')).toEqual([
      '2 outcome: J-2 is GAS_SAFETY work, never cancelled for no access: record NO_ACCESS (after 3 attempts the supervisor is told)',
    ]);
    expect(errorsOf('J-2,,OP-1,2027-01-05,,,CANCELLED,WRONG_INFO,,,')).toEqual([]);
    expect(errorsOf('J-1,,OP-1,2027-01-05,,,CANCELLED,NO_ANSWER,,,')).toEqual([]);
  });
});
