// actuals.csv: exact columns, each row checked on its own with file, line and column named.
import { describe, expect, it } from 'vitest';
import { ACTUALS_COLUMNS, parseActualsCsv } from '../../../../shared/actuals';

const HEADER = ACTUALS_COLUMNS.join(',');
const parse = (...rows: string[]) => parseActualsCsv([HEADER, ...rows].join('\n'), 'actuals.csv');
const errorsOf = (...rows: string[]) => parse(...rows).errors.map((e) => `${e.line} ${e.field}: ${e.message}`);

describe('actuals.csv', () => {
  it('has exactly the issue’s columns', () => {
    expect(HEADER).toBe('ref,version,operative_id,date,arrived,left,outcome,reason,follow_on_trade,follow_on_minutes,notes');
  });

  it('reads every outcome, an empty version as "the latest covering the date", and notes with commas', () => {
    const r = parse(
      'J-1,,OP-1,2027-01-05,08:10,09:00,COMPLETED,,,,',
      'J-2,2,OP-1,2027-01-05,09:30,09:35,NO_ACCESS,NO_ANSWER,,,"Carded, neighbour says away"',
      'J-3,,OP-1,2027-01-05,10:00,10:40,ABORTIVE,UNSAFE,,,',
      'J-4,,OP-1,2027-01-05,11:00,12:00,FURTHER_WORK,WRONG_TRADE,PLAST,90,needs plastering',
      'J-5,,OP-1,2027-01-05,,,CANCELLED,OTHER,,,tenant cancelled',
    );
    expect(r.errors).toEqual([]);
    expect(r.rows.map((a) => [a.ref, a.version, a.outcome, a.reason])).toEqual([
      ['J-1', null, 'COMPLETED', null],
      ['J-2', 2, 'NO_ACCESS', 'NO_ANSWER'],
      ['J-3', null, 'ABORTIVE', 'UNSAFE'],
      ['J-4', null, 'FURTHER_WORK', 'WRONG_TRADE'],
      ['J-5', null, 'CANCELLED', 'OTHER'],
    ]);
    expect(r.rows[1]!.notes).toBe('Carded, neighbour says away');
    expect(r.rows[3]).toMatchObject({ follow_on_trade: 'PLAST', follow_on_minutes: 90 });
    expect(r.rows[4]).toMatchObject({ arrived: null, left: null });
    expect(r.lines).toEqual([2, 3, 4, 5, 6]);
  });

  it('refuses a left time before the arrival', () => {
    expect(errorsOf('J-1,,OP-1,2027-01-05,10:00,09:30,COMPLETED,,,,')).toEqual(['2 left: left 09:30 is before arrived 10:00']);
  });

  it('refuses an unknown outcome, naming the allowed ones', () => {
    expect(errorsOf('J-1,,OP-1,2027-01-05,10:00,10:30,DONE,,,,')).toEqual([
      '2 outcome: unknown outcome "DONE" (expected one of COMPLETED, NO_ACCESS, ABORTIVE, FURTHER_WORK, CANCELLED)',
    ]);
  });

  it('asks each outcome for what it needs', () => {
    expect(errorsOf('J-1,,OP-1,2027-01-05,,,NO_ACCESS,NO_ANSWER,,,')).toEqual([
      '2 arrived: NO_ACCESS needs the arrival time (HH:MM)',
      '2 left: NO_ACCESS needs the time the operative left (HH:MM)',
    ]);
    expect(errorsOf('J-1,,OP-1,2027-01-05,10:00,10:05,NO_ACCESS,,,,')).toEqual(['2 reason: NO_ACCESS needs a reason code']);
    expect(errorsOf('J-1,,OP-1,2027-01-05,10:00,11:00,FURTHER_WORK,WRONG_TRADE,,,')).toEqual([
      '2 follow_on_trade: FURTHER_WORK needs the follow-on trade',
      '2 follow_on_minutes: FURTHER_WORK needs the follow-on minutes',
    ]);
    expect(errorsOf('J-1,,OP-1,2027-01-05,10:00,11:00,COMPLETED,,PLAST,30,')).toEqual([
      '2 follow_on_trade: follow_on_trade is only for FURTHER_WORK (this row is COMPLETED)',
      '2 follow_on_minutes: follow_on_minutes is only for FURTHER_WORK (this row is COMPLETED)',
    ]);
    expect(errorsOf('J-1,,OP-1,2027-01-05,10:00,,CANCELLED,OTHER,,,')).toEqual([
      '2 left: a CANCELLED visit gives both arrived and left, or neither',
    ]);
  });

  it('checks formats and bounds: times, dates in the calendar, versions, codes, minutes', () => {
    expect(errorsOf('J 1,x,OP-1,2027-02-30,25:00,9,COMPLETED,no answer,,,')).toEqual([
      '2 ref: ref "J 1": letters, digits, "-", "_" or "." only (at most 64)',
      '2 version: version "x" is not a published version number (1, 2, …) — leave it empty for the latest covering the date',
      '2 date: date "2027-02-30" is not a real calendar date',
      '2 arrived: arrived "25:00" is not a time (expected HH:MM, 00:00–23:59)',
      '2 left: left "9" is not a time (expected HH:MM, 00:00–23:59)',
      '2 reason: reason "no answer" is not an upper-case reason code like NO_ANSWER',
    ]);
    expect(errorsOf('J-1,,OP-1,2031-01-05,10:00,11:00,FURTHER_WORK,OTHER,PLAST,2000,')).toEqual([
      '2 date: date "2031-01-05" is outside the planning calendar (2026–2028)',
      '2 follow_on_minutes: follow_on_minutes "2000" is not a whole number of minutes from 1 to 1440',
    ]);
  });

  it('refuses a wrong header before any row', () => {
    const r = parseActualsCsv('ref,version,operative,date,arrived,left,outcome,reason,follow_on_trade,follow_on_minutes,notes\n', 'a.csv');
    expect(r.errors.map((e) => e.message)).toEqual(['unknown column "operative"', 'missing column "operative_id"']);
  });
});
