// File-level reading, exercised through the smallest file type (absences).
import { describe, expect, it } from 'vitest';
import { parseAbsencesCsv } from '../../../../shared/csv';
import { csv } from './helpers';

const HEADER = 'operative_id,from,to,reason';
const ROW = 'OP-001,2027-01-04,2027-01-05,Leave';

describe('CSV table reading', () => {
  it('accepts a UTF-8 BOM, CRLF line endings and blank trailing lines', () => {
    const text = `\uFEFF${HEADER}\r\n${ROW}\r\nOP-002,2027-01-06,2027-01-06,Dentist\r\n\r\n\r\n`;
    const r = parseAbsencesCsv(text, 'absences.csv');
    expect(r.errors).toEqual([]);
    expect(r.rows.map((a) => a.operative_id)).toEqual(['OP-001', 'OP-002']);
    expect(r.lines).toEqual([2, 3]);
  });

  it('skips blank and all-comma lines but keeps counting physical lines', () => {
    const r = parseAbsencesCsv(csv(HEADER, ROW, '', ',,,', 'OP-002,2027-01-06,bad,x'), 'a.csv');
    expect(r.rows).toHaveLength(1);
    expect(r.errors).toEqual([{ file: 'a.csv', line: 5, field: 'to', message: 'to "bad" is not a date (expected YYYY-MM-DD)' }]);
  });

  it('counts lines inside quoted multi-line fields', () => {
    const r = parseAbsencesCsv(csv(HEADER, 'OP-001,2027-01-04,2027-01-05,"two\nlines"', 'OP-002,2027-13-01,2027-01-05,x'), 'a.csv');
    expect(r.rows[0]!.reason).toBe('two\nlines');
    expect(r.errors[0]).toMatchObject({ line: 4, field: 'from' });
  });

  it('reports missing, unknown and duplicated columns on line 1 with the column name', () => {
    const r = parseAbsencesCsv(csv('operative_id,from,from,Reason,kind', 'OP-001,2027-01-04,2027-01-04,x,leave'), 'a.csv');
    expect(r.errors).toEqual([
      { file: 'a.csv', line: 1, field: 'from', message: 'column "from" appears more than once' },
      { file: 'a.csv', line: 1, field: 'Reason', message: 'unknown column "Reason" (did you mean "reason"?)' },
      { file: 'a.csv', line: 1, field: 'kind', message: 'unknown column "kind"' },
      { file: 'a.csv', line: 1, field: 'to', message: 'missing column "to"' },
      { file: 'a.csv', line: 1, field: 'reason', message: 'missing column "reason"' },
    ]);
  });

  it('does not repeat a missing required column on every row', () => {
    const r = parseAbsencesCsv(csv('operative_id,from,reason', 'OP-001,2027-01-04,x', 'OP-002,2027-01-05,y'), 'a.csv');
    expect(r.errors).toEqual([{ file: 'a.csv', line: 1, field: 'to', message: 'missing column "to"' }]);
    expect(r.rows).toEqual([]);
  });

  it('reports rows with the wrong number of fields', () => {
    const r = parseAbsencesCsv(csv(HEADER, 'OP-001,2027-01-04,2027-01-05', ROW, 'OP-001,2027-01-04,2027-01-05,a,b'), 'a.csv');
    expect(r.errors).toEqual([
      { file: 'a.csv', line: 2, field: null, message: 'expected 4 fields, found 3' },
      { file: 'a.csv', line: 4, field: null, message: 'expected 4 fields, found 5' },
    ]);
    expect(r.rows).toHaveLength(1);
  });

  it('reports an unterminated quote', () => {
    const r = parseAbsencesCsv(csv(HEADER, ROW, 'OP-002,2027-01-04,2027-01-05,"never closed'), 'a.csv');
    expect(r.errors).toEqual([{ file: 'a.csv', line: 3, field: null, message: 'unterminated quoted field (a " is never closed)' }]);
    expect(r.rows).toHaveLength(1);
  });

  it('reports an empty file', () => {
    expect(parseAbsencesCsv('\uFEFF\n\n', 'a.csv').errors).toEqual([
      { file: 'a.csv', line: 1, field: null, message: 'file is empty (expected a header row: operative_id,from,to,reason)' },
    ]);
  });

  it('trims cells and collects every error in line order', () => {
    const r = parseAbsencesCsv(csv(HEADER, ' OP-001 , 2027-01-04 ,2027-01-05, Leave ', ',2027-02-30,,x', 'OP-3,x,2027-01-01,'), 'a.csv');
    expect(r.rows).toEqual([{ operative_id: 'OP-001', from: '2027-01-04', to: '2027-01-05', reason: 'Leave', kind: 'other' }]);
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'operative_id'],
      [3, 'from'],
      [3, 'to'],
      [4, 'from'],
    ]);
  });
});
