import { describe, expect, it } from 'vitest';
import { parseOperativesCsv } from '../../../../shared/csv';
import { fixture, replaceLine } from './helpers';

const GOOD = fixture('good/operatives.csv');
const FILE = 'operatives.csv';
// OP-003 on line 4, written out so each case below changes exactly one cell.
const cells = {
  id: 'OP-003',
  name: 'Priya Patel',
  trades: 'PLUMB:5;GAS:2',
  competences: 'GAS_SAFE@2027-01-20',
  start_lat: '53.78',
  start_lon: '-1.53',
  shift_start: '08:00',
  shift_end: '16:30',
  working_days: 'Mon;Tue;Wed;Thu',
  areas: '',
};

/** Parse the good file with one cell of line 4 changed; return that line's errors. */
function errorsWith(change: Partial<typeof cells>) {
  const row = Object.values({ ...cells, ...change }).map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v));
  const r = parseOperativesCsv(replaceLine(GOOD, 4, row.join(',')), FILE);
  expect(r.rows.map((o) => o.id)).not.toContain(change.id ?? 'OP-003');
  return r.errors.map(({ line, field, message }) => ({ line, field, message }));
}

describe('parseOperativesCsv', () => {
  it('parses the good fixture', () => {
    const r = parseOperativesCsv(GOOD, FILE);
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(6);
    expect(r.rows[3]).toEqual({
      id: 'OP-004',
      name: "O'Brien, Sean",
      trades: [
        { trade: 'CARP', proficiency: 4 },
        { trade: 'GEN', proficiency: 3 },
        { trade: 'PLAST', proficiency: 2 },
      ],
      competences: [{ code: 'HEIGHT', expires: '2027-01-15' }],
      start_lat: 53.81,
      start_lon: -1.5,
      shift_start: '08:00',
      shift_end: '17:00',
      working_days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
      areas: ['LS8', 'LS9'],
    });
    expect(r.rows[0]!.competences).toEqual([
      { code: 'GAS_SAFE', expires: '2027-06-30' },
      { code: 'HEIGHT', expires: null },
    ]);
    expect(r.rows[0]!.areas).toEqual([]);
  });

  it.each([
    [{ trades: 'PLUMB:5;GAS:x' }, 'trades', 'trades item "GAS:x": proficiency "x" is not a whole number 1–5'],
    [{ trades: 'gas:3' }, 'trades', 'trades item "gas:3": "gas" is not an upper-case trade code like GAS'],
    [{ trades: 'GAS' }, 'trades', 'trades item "GAS" has no proficiency (expected TRADE:LEVEL, e.g. GAS:3)'],
    [{ trades: 'GAS:7' }, 'trades', 'trades item "GAS:7": proficiency 7 is outside 1–5'],
    [{ trades: 'GAS:0' }, 'trades', 'trades item "GAS:0": proficiency 0 is outside 1–5'],
    [{ trades: 'GAS:3;GAS:2' }, 'trades', 'trades lists GAS more than once'],
    [{ trades: '' }, 'trades', 'required field trades is empty'],
    [
      { competences: 'GAS_SAFE@2027-13-01' },
      'competences',
      'competences item "GAS_SAFE@2027-13-01": expiry "2027-13-01" is not a real calendar date',
    ],
    [
      { competences: 'GAS_SAFE@30/06/2027' },
      'competences',
      'competences item "GAS_SAFE@30/06/2027": expiry "30/06/2027" is not a date (expected YYYY-MM-DD)',
    ],
    [
      { competences: 'gas_safe' },
      'competences',
      'competences item "gas_safe": "gas_safe" is not an upper-case competence code like GAS_SAFE',
    ],
    [{ start_lat: '53,78' }, 'start_lat', 'start_lat "53,78" is not a number'],
    [{ start_lon: 'west' }, 'start_lon', 'start_lon "west" is not a number'],
    [{ start_lat: '95' }, 'start_lat', 'start_lat 95 is outside -90 to 90'],
    [{ shift_start: '8:00' }, 'shift_start', 'shift_start "8:00" is not a time (expected HH:MM, 00:00–23:59)'],
    [{ shift_end: '24:00' }, 'shift_end', 'shift_end "24:00" is not a time (expected HH:MM, 00:00–23:59)'],
    [{ shift_end: '07:00' }, 'shift_end', 'shift_end 07:00 is not after shift_start 08:00'],
    [
      { working_days: 'Mon;Tues' },
      'working_days',
      'working_days item "Tues" is not a weekday (expected Mon, Tue, Wed, Thu, Fri, Sat, Sun)',
    ],
    [{ working_days: '' }, 'working_days', 'required field working_days is empty'],
    [{ name: '' }, 'name', 'required field name is empty'],
    [{ id: 'OP 3' }, 'id', 'id "OP 3": letters, digits, "-", "_" or "." only'],
  ])('rejects %j', (change, field, message) => {
    expect(errorsWith(change)).toEqual([{ line: 4, field, message }]);
  });

  it('reports every bad cell of a row, not just the first', () => {
    expect(errorsWith({ trades: 'GAS:x;gas:3', start_lat: 'x', working_days: 'Mun' }).map((e) => e.field)).toEqual([
      'trades',
      'trades',
      'start_lat',
      'working_days',
    ]);
  });

  it('names both lines of a duplicate id and keeps the first', () => {
    const r = parseOperativesCsv(fixture('bad/operatives-duplicate-id.csv'), FILE);
    expect(r.errors).toEqual([{ file: FILE, line: 6, field: 'id', message: 'duplicate id "OP-002" on lines 3 and 6' }]);
    expect(r.rows.find((o) => o.id === 'OP-002')!.name).toBe('Tom Whitaker');
  });

  it('reports the bad-trade fixture on its line', () => {
    const r = parseOperativesCsv(fixture('bad/operatives-bad-trade.csv'), FILE);
    expect(r.errors).toEqual([
      { file: FILE, line: 4, field: 'trades', message: 'trades item "GAS:x": proficiency "x" is not a whole number 1–5' },
    ]);
    expect(r.rows).toHaveLength(5);
  });
});
