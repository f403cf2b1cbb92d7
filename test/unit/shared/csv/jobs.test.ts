import { describe, expect, it } from 'vitest';
import { JOB_COLUMNS, parseJobsCsv } from '../../../../shared/csv';
import { fixture, replaceLine } from './helpers';

const GOOD = fixture('good/jobs.csv');
const FILE = 'jobs.csv';
// J-1002 on line 3, one cell per column so each case changes exactly one.
const cells: Record<(typeof JOB_COLUMNS)[number], string> = {
  ref: 'J-1002',
  address: '3 Cardigan Lane',
  lat: '53.8098',
  lon: '-1.5772',
  area: 'LS4',
  trade: 'PLUMB',
  min_proficiency: '2',
  competences: '',
  priority: 'URGENT',
  raised_at: '2027-01-02T10:15:00Z',
  duration_min: '60',
  window: 'AM',
  depends_on: '',
  impact: '4',
  effort: '1',
  owner: 'Sam Ellis',
  done_when: 'Leak stopped',
  notes: '',
};

function parseWith(change: Partial<typeof cells>) {
  return parseJobsCsv(replaceLine(GOOD, 3, Object.values({ ...cells, ...change }).join(',')), FILE);
}
function errorsWith(change: Partial<typeof cells>) {
  const r = parseWith(change);
  expect(r.rows.map((j) => j.ref)).not.toContain('J-1002');
  return r.errors.map(({ line, field, message }) => ({ line, field, message }));
}

describe('parseJobsCsv', () => {
  it('parses the good fixture', () => {
    const r = parseJobsCsv(GOOD, FILE);
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(20);
    expect(r.rows.every((j) => j.status === 'open')).toBe(true);
    const byRef = new Map(r.rows.map((j) => [j.ref, j]));
    expect(byRef.get('J-1004')!.depends_on).toEqual([{ ref: 'J-1003', lag_min: 60 }]);
    expect(byRef.get('J-1012')!.depends_on).toEqual([
      { ref: 'J-1010', lag_min: 0 },
      { ref: 'J-1011', lag_min: 0 },
    ]);
    expect(byRef.get('J-1016')).toMatchObject({
      competences: ['ELEC_18TH', 'ASBESTOS_AWARE'],
      window: '13:00-16:00',
      raised_at: '2027-01-03T12:05:30.250Z',
    });
    expect(byRef.get('J-1001')).toMatchObject({
      address: '14 Brudenell Road, Leeds LS6 1BD',
      lat: 53.8148,
      lon: -1.5746,
      impact: 5,
      effort: 2,
    });
    expect(byRef.get('J-1019')!.notes).toBe('Tenant works nights.\nDo not call before 11:00, "ring twice"');
    // J-1019's notes span two physical lines, so J-1020 starts on line 22.
    expect(r.lines.at(-1)).toBe(22);
  });

  it('treats an empty window as ALL', () => {
    expect(parseWith({ window: '' }).rows[1]!.window).toBe('ALL');
  });

  it.each([
    '2027-01-04',
    '2027-01-04T08:10',
    '2027-01-04T08:10:59',
    '2027-01-04T08:10:59.5Z',
    '2027-01-04T08:10:00.123+05:30',
    '2028-02-29T00:00Z',
  ])('accepts raised_at %s', (raised_at) => {
    expect(parseWith({ raised_at }).errors).toEqual([]);
  });

  it.each([
    [{ raised_at: '2027-02-30' }, 'raised_at', 'raised_at "2027-02-30" is not a real calendar date'],
    [{ raised_at: '2027-02-29T10:00Z' }, 'raised_at', 'raised_at "2027-02-29T10:00Z" is not a real calendar date'],
    [
      { raised_at: '2027-01-04 08:00' },
      'raised_at',
      'raised_at "2027-01-04 08:00" is not an ISO 8601 date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])',
    ],
    [
      { raised_at: '2027-01-04T25:00' },
      'raised_at',
      'raised_at "2027-01-04T25:00" is not an ISO 8601 date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])',
    ],
    [
      { raised_at: '04/01/2027' },
      'raised_at',
      'raised_at "04/01/2027" is not an ISO 8601 date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])',
    ],
    [{ raised_at: '' }, 'raised_at', 'required field raised_at is empty'],
    [{ window: 'MORNING' }, 'window', 'window "MORNING" is not AM, PM, ALL or HH:MM-HH:MM'],
    [{ window: '9:00-12:00' }, 'window', 'window "9:00-12:00" is not AM, PM, ALL or HH:MM-HH:MM'],
    [{ window: '10:00-25:00' }, 'window', 'window "10:00-25:00" is not AM, PM, ALL or HH:MM-HH:MM'],
    [{ window: '12:00-10:00' }, 'window', 'window "12:00-10:00" ends before it starts'],
    [
      { depends_on: 'J-1001+x' },
      'depends_on',
      'depends_on item "J-1001+x": lag "x" is not a whole number of minutes (expected REF or REF+30)',
    ],
    [
      { depends_on: 'J-1001+-5' },
      'depends_on',
      'depends_on item "J-1001+-5": lag "-5" is not a whole number of minutes (expected REF or REF+30)',
    ],
    [{ depends_on: '+30' }, 'depends_on', 'depends_on item "+30" has no job ref before the "+"'],
    [{ depends_on: 'J 1001' }, 'depends_on', 'depends_on item "J 1001": "J 1001" is not a job ref'],
    [{ depends_on: 'J-1001;J-1001+30' }, 'depends_on', 'depends_on lists J-1001 more than once'],
    [{ impact: '0' }, 'impact', 'impact 0 is outside 1–5'],
    [{ effort: '6' }, 'effort', 'effort 6 is outside 1–5'],
    [{ effort: 'high' }, 'effort', 'effort "high" is not a whole number'],
    [{ min_proficiency: '9' }, 'min_proficiency', 'min_proficiency 9 is outside 1–5'],
    [{ duration_min: '0' }, 'duration_min', 'duration_min 0 is outside 1–1440'],
    [{ duration_min: '1.5' }, 'duration_min', 'duration_min "1.5" is not a whole number'],
    [{ lat: 'N53' }, 'lat', 'lat "N53" is not a number'],
    [{ lon: '' }, 'lon', 'required field lon is empty'],
    [{ trade: 'plumb' }, 'trade', 'trade "plumb" is not an upper-case trade code like GAS'],
    [{ competences: 'GAS_SAFE;height' }, 'competences', 'competences item "height" is not an upper-case competence code like GAS_SAFE'],
    [{ priority: 'urgent' }, 'priority', 'priority "urgent" is not one of EMERGENCY, URGENT, ROUTINE, PLANNED'],
    [{ ref: '' }, 'ref', 'required field ref is empty'],
  ])('rejects %j', (change, field, message) => {
    expect(errorsWith(change)).toEqual([{ line: 3, field, message }]);
  });

  it('accepts an organisation’s own priority categories', () => {
    const text = replaceLine(GOOD, 3, Object.values({ ...cells, priority: 'VOID' }).join(','));
    expect(parseJobsCsv(text, FILE, { priorities: ['EMERGENCY', 'URGENT', 'ROUTINE', 'PLANNED', 'VOID'] }).errors).toEqual([]);
  });

  it('reports the bad-date fixture on line 7, field raised_at', () => {
    const r = parseJobsCsv(fixture('bad/jobs-bad-date.csv'), FILE);
    expect(r.errors).toEqual([{ file: FILE, line: 7, field: 'raised_at', message: 'raised_at "2027-02-30" is not a real calendar date' }]);
    expect(r.rows).toHaveLength(19);
  });

  it('reports a missing column once, on line 1', () => {
    const r = parseJobsCsv(fixture('bad/jobs-missing-column.csv'), FILE);
    expect(r.errors).toEqual([{ file: FILE, line: 1, field: 'effort', message: 'missing column "effort"' }]);
  });

  it('names both lines of a duplicate ref', () => {
    const text = replaceLine(GOOD, 5, GOOD.split('\n')[1]!);
    expect(parseJobsCsv(text, FILE).errors).toEqual([
      { file: FILE, line: 5, field: 'ref', message: 'duplicate ref "J-1001" on lines 2 and 5' },
    ]);
  });
});
