// roster.csv: parsing, every bad-input case with file, line and field, and the cross-row checks.
import { describe, expect, it } from 'vitest';
import {
  RosterBook,
  formatRosterCsv,
  parseRosterCsv,
  rowsForDay,
  validateRosterRows,
  type RosterImportContext,
} from '../../../../shared/roster';
import { operative } from '../rules/fixtures';
import { override } from './helpers';

const HEAD = 'operative_id,date,start,end,kind\n';
const ctx = (over: Partial<RosterImportContext> = {}): RosterImportContext => ({
  operatives: new Map([
    ['ali', operative()],
    ['bea', operative({ id: 'bea', name: 'Bea' })],
  ]),
  patterns: [],
  existing: [],
  ...over,
});
/** Parse plus cross-row checks, as the importer runs them. */
function check(body: string, c = ctx()) {
  const parsed = parseRosterCsv(HEAD + body, 'roster.csv');
  return { parsed, errors: [...parsed.errors, ...validateRosterRows(parsed, c)].sort((a, b) => a.line - b.line) };
}

describe('roster.csv', () => {
  it('reads work, on_call and off rows, with +1 marking an overnight end', () => {
    const { parsed, errors } = check(
      'ali,2027-01-05,08:00,12:00,work\nali,2027-01-05,18:00,07:00+1,on_call\nbea,2027-01-05,,,off\nbea,2027-01-09,22:00,06:00+1,work\nali,2027-01-06,,,on_call\n',
    );
    expect(errors).toEqual([]);
    expect(parsed.rows).toEqual([
      override('2027-01-05', 'work', '08:00', '12:00'),
      override('2027-01-05', 'on_call', '18:00', '07:00', true),
      override('2027-01-05', 'off', null, null, false, 'bea'),
      override('2027-01-09', 'work', '22:00', '06:00', true, 'bea'),
      override('2027-01-06', 'on_call'),
    ]);
    expect(parseRosterCsv(formatRosterCsv(parsed.rows), 'again.csv').rows).toEqual(parsed.rows);
  });

  it('end before start: a specific error telling how to mark a crossing', () => {
    expect(check('ali,2027-01-05,16:00,08:00,work\n').errors).toEqual([
      {
        file: 'roster.csv',
        line: 2,
        field: 'end',
        message: 'end 08:00 is before start 16:00; a shift crossing midnight must be marked: write 08:00+1',
      },
    ]);
  });

  it('a shift crossing midnight without being marked is refused; marked, it is accepted', () => {
    expect(check('ali,2027-01-05,22:00,06:00,work\n').errors[0]).toMatchObject({
      line: 2,
      field: 'end',
      message: expect.stringMatching(/crossing midnight must be marked: write 06:00\+1/),
    });
    expect(check('ali,2027-01-05,22:00,06:00+1,work\n').errors).toEqual([]);
    expect(check('ali,2027-01-05,08:00,09:00+1,work\n').errors[0]?.message).toMatch(/more than 24 hours/);
    expect(check('ali,2027-01-05,08:00,08:00,work\n').errors[0]?.message).toMatch(/end 08:00 is the same as start 08:00/);
  });

  it('overlapping shifts for one operative on one day name both lines', () => {
    const { errors } = check('ali,2027-01-05,08:00,16:00,work\nali,2027-01-05,15:00,20:00,on_call\n');
    expect(errors).toEqual([
      {
        file: 'roster.csv',
        line: 3,
        field: 'start',
        message:
          'overlapping shifts: the on-call period 15:00–20:00 on 2027-01-05 overlaps the work shift 08:00–16:00 on 2027-01-05 on line 2',
      },
    ]);
    expect(check('ali,2027-01-05,08:00,12:00,work\nali,2027-01-05,11:00,15:00,work\n').errors[0]?.message).toMatch(
      /^overlapping shifts: .* on line 2$/,
    );
  });

  it('an overnight shift running into the next day’s shift overlaps (file rows or the pattern)', () => {
    const night = check('ali,2027-01-05,22:00,09:00+1,work\n'); // Ali's pattern starts 08:00 on Wed 6 Jan
    expect(night.errors).toEqual([
      {
        file: 'roster.csv',
        line: 2,
        field: 'start',
        message: 'overlapping shifts: the work shift 22:00–09:00 +1 on 2027-01-05 overlaps the work shift 08:00–16:00 on 2027-01-06',
      },
    ]);
    expect(check('ali,2027-01-05,22:00,09:00+1,work\nali,2027-01-06,,,off\n').errors).toEqual([]); // the next day is off
    expect(check('bea,2027-01-08,22:00,07:00+1,work\nbea,2027-01-09,06:00,10:00,work\n').errors[0]?.message).toMatch(/overlapping shifts/);
    // A stored override counts too, unless the file replaces that day.
    const stored = ctx({ existing: [override('2027-01-09', 'work', '06:00', '10:00', false, 'bea')] });
    expect(check('bea,2027-01-08,22:00,07:00+1,work\n', stored).errors[0]?.message).toMatch(/overlapping shifts/);
    expect(check('bea,2027-01-08,22:00,07:00+1,work\nbea,2027-01-09,,,off\n', stored).errors).toEqual([]);
  });

  it('unknown operatives, dates outside the calendar, bad kinds and malformed times', () => {
    const { errors } = check(
      [
        'zed,2027-01-05,08:00,16:00,work',
        'ali,2030-01-05,08:00,16:00,work',
        'ali,2025-12-31,08:00,16:00,work',
        'ali,2027-02-30,08:00,16:00,work',
        'ali,2027-01-05,08:00,16:00,holiday',
        'ali,2027-01-06,8am,16:00,work',
        'ali,2027-01-07,08:00,16:00+2,work',
        'ali,2027-01-08,,,work',
        'ali,2027-01-11,08:00,,work',
        'ali,2027-01-12,08:00,12:00,off',
        'ali,2027-01-13,08:00,,on_call',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [2, 'operative_id', 'unknown operative "zed" (not among the workspace\'s operatives)'],
      [3, 'date', 'date 2030-01-05 is outside the planning calendar (2026-01-01 to 2028-12-31)'],
      [4, 'date', 'date 2025-12-31 is outside the planning calendar (2026-01-01 to 2028-12-31)'],
      [5, 'date', 'date "2027-02-30" is not a real calendar date'],
      [6, 'kind', 'kind "holiday" is not work, on_call or off'],
      [7, 'start', 'start "8am" is not a time (expected HH:MM, 00:00–23:59)'],
      [8, 'end', 'end "16:00+2" is not a time (expected HH:MM, or HH:MM+1 for the next day)'],
      [9, 'start', 'a work shift needs both a start and an end time'],
      [10, 'end', 'a work shift needs both a start and an end time'],
      [11, 'start', 'an off day takes no start or end time'],
      [12, 'end', 'give both start and end for set on-call hours, or neither'],
    ]);
  });

  it('one work shift per day, and an off day with nothing else', () => {
    expect(check('ali,2027-01-05,06:00,10:00,work\nali,2027-01-05,14:00,18:00,work\n').errors[0]).toMatchObject({
      line: 3,
      field: 'kind',
      message: '2027-01-05: only one work shift per day (split shifts are not supported); line 2 already has one',
    });
    expect(check('ali,2027-01-05,,,off\nali,2027-01-05,08:00,12:00,work\n').errors[0]).toMatchObject({
      line: 3,
      field: 'kind',
      message: '2027-01-05: an off day cannot also have a work row (line 2)',
    });
  });

  it('a wrong header is reported on line 1 and nothing parses', () => {
    const r = parseRosterCsv('operative,date,start,end,kind\nali,2027-01-05,08:00,16:00,work\n', 'r.csv');
    expect(r.errors.map((e) => e.message)).toEqual(['unknown column "operative"', 'missing column "operative_id"']);
  });

  it('rowsForDay writes back exactly what the resolver says', () => {
    const book = new RosterBook({ days: [override('2027-01-05', 'work', '22:00', '06:00', true), override('2027-01-05', 'on_call')] });
    const rows = rowsForDay('ali', book.day(operative(), '2027-01-05'));
    expect(new RosterBook({ days: rows }).day(operative(), '2027-01-05')).toEqual(book.day(operative(), '2027-01-05'));
    expect(rowsForDay('ali', book.day(operative(), '2027-01-09'))).toEqual([override('2027-01-09', 'off')]);
  });
});
