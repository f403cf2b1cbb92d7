import { describe, expect, it } from 'vitest';
import { parseAbsencesCsv, parseFlagsCsv } from '../../../../shared/csv';
import { csv, fixture } from './helpers';

describe('parseAbsencesCsv', () => {
  it('parses the good fixture with kind "other"', () => {
    const r = parseAbsencesCsv(fixture('good/absences.csv'), 'absences.csv');
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { operative_id: 'OP-005', from: '2027-01-11', to: '2027-01-15', reason: 'Annual leave', kind: 'other' },
      { operative_id: 'OP-001', from: '2027-01-07', to: '2027-01-07', reason: 'Dentist appointment', kind: 'other' },
      { operative_id: 'OP-006', from: '2027-01-18', to: '2027-01-22', reason: 'Training course, Wakefield', kind: 'other' },
    ]);
  });

  it('rejects from after to', () => {
    const r = parseAbsencesCsv(fixture('bad/absences-from-after-to.csv'), 'absences.csv');
    expect(r.errors).toEqual([{ file: 'absences.csv', line: 3, field: 'to', message: 'from 2027-01-09 is after to 2027-01-07' }]);
  });

  it('rejects impossible dates and empty required fields', () => {
    const r = parseAbsencesCsv(csv('operative_id,from,to,reason', 'OP-1,2026-02-30,2026-03-01,', ',2027-01-01,2027-01-01,x'), 'a.csv');
    expect(r.errors.map(({ line, field, message }) => ({ line, field, message }))).toEqual([
      { line: 2, field: 'from', message: 'from "2026-02-30" is not a real calendar date' },
      { line: 3, field: 'operative_id', message: 'required field operative_id is empty' },
    ]);
  });
});

describe('parseFlagsCsv', () => {
  const HEADER = 'operative_id,flag,scope,until,owner,note';

  it('parses the good fixture; an empty until is null', () => {
    const r = parseFlagsCsv(fixture('good/flags.csv'), 'flags.csv');
    expect(r.errors).toEqual([]);
    expect(r.rows[1]).toEqual({
      operative_id: 'OP-004',
      flag: 'REDUCED_DUTIES',
      scope: 'competence:HEIGHT',
      until: '2027-03-03',
      owner: 'Dave Holt',
      note: 'No work at height until review on 3 March',
    });
    expect(r.rows[2]!.until).toBeNull();
  });

  it('reports the bad-scope fixture', () => {
    expect(parseFlagsCsv(fixture('bad/flags-bad-scope.csv'), 'flags.csv').errors).toEqual([
      { file: 'flags.csv', line: 3, field: 'scope', message: 'scope "team:north" is not trade:X, competence:X, area:X or job:REF' },
    ]);
  });

  it.each([
    ['OP-1,DONT_SEND,trade:GAS,,,', 'flag', 'flag "DONT_SEND" is not DO_NOT_SEND or REDUCED_DUTIES'],
    ['OP-1,do_not_send,trade:GAS,,,', 'flag', 'flag "do_not_send" is not DO_NOT_SEND or REDUCED_DUTIES'],
    ['OP-1,DO_NOT_SEND,trade:gas,,,', 'scope', 'scope "trade:gas" needs an upper-case trade code after "trade:"'],
    ['OP-1,DO_NOT_SEND,competence:,,,', 'scope', 'scope "competence:" needs an upper-case competence code after "competence:"'],
    ['OP-1,DO_NOT_SEND,job:J 1,,,', 'scope', 'scope "job:J 1" needs a job ref after "job:"'],
    ['OP-1,DO_NOT_SEND,area:,,,', 'scope', 'scope "area:" needs an area name after "area:"'],
    ['OP-1,DO_NOT_SEND,GAS,,,', 'scope', 'scope "GAS" is not trade:X, competence:X, area:X or job:REF'],
    ['OP-1,DO_NOT_SEND,,,,', 'scope', 'required field scope is empty'],
    ['OP-1,REDUCED_DUTIES,area:LS9,2027-04-31,,', 'until', 'until "2027-04-31" is not a real calendar date'],
  ])('rejects %s', (row, field, message) => {
    expect(parseFlagsCsv(csv(HEADER, row), 'f.csv').errors).toEqual([{ file: 'f.csv', line: 2, field, message }]);
  });
});
