// parse(format(x)) deep-equals x, for generated operatives and jobs and for the fixtures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAbsencesCsv,
  formatFlagsCsv,
  formatJobsCsv,
  formatOperativesCsv,
  parseAbsencesCsv,
  parseFlagsCsv,
  parseJobsCsv,
  parseOperativesCsv,
} from '../../../../shared/csv';
import { PRIORITIES, WEEKDAYS } from '../../../../shared/domain/schemas';
import type { Job, Operative } from '../../../../shared/domain/types';
import { fixture } from './helpers';

// Any text, plus text dense in the characters that need quoting. Cells are trimmed on import,
// so generated text is trimmed too.
const tricky = fc.constantFrom(',', '"', '\n', '\r', '\r\n', ';', ' ', '\t', 'a', 'é', '\uFEFF', '=', '-', '+');
const text = (max: number) =>
  fc.oneof(fc.string({ unit: 'grapheme', maxLength: max }), fc.string({ unit: tricky, maxLength: max })).map((s) => s.trim());
const nonEmptyText = (max: number) => text(max).filter((s) => s !== '');
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,15}$/);
const code = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,31}$/);
const score = fc.integer({ min: 1, max: 5 });
const date = fc
  .date({ min: new Date('1970-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// -0 would come back as 0; a CSV cannot tell them apart.
const coord = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true }).map((x) => x + 0);
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const span = fc
  .uniqueArray(fc.integer({ min: 0, max: 1439 }), { minLength: 2, maxLength: 2 })
  .map((xs) => xs.sort((a, b) => a - b).map(hhmm) as [string, string]);

const operative: fc.Arbitrary<Operative> = fc
  .record({
    id,
    name: nonEmptyText(40),
    trades: fc.uniqueArray(fc.record({ trade: code, proficiency: score }), { minLength: 1, maxLength: 4, selector: (t) => t.trade }),
    competences: fc.uniqueArray(fc.record({ code, expires: fc.option(date, { nil: null }) }), { maxLength: 4, selector: (c) => c.code }),
    start_lat: coord(90),
    start_lon: coord(180),
    shift: span,
    working_days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    areas: fc.uniqueArray(fc.stringMatching(/^[A-Z0-9]{1,8}$/), { maxLength: 4 }),
  })
  .map(({ shift: [shift_start, shift_end], ...o }) => ({ ...o, shift_start, shift_end }));

const raisedAt = fc
  .tuple(
    date,
    fc.option(
      fc.tuple(
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom('', ':07', ':59.5', ':00.123'),
        fc.constantFrom('', 'Z', '+01:00', '-05:30'),
      ),
    ),
  )
  .map(([d, t]) => (t ? `${d}T${hhmm(t[0])}${t[1]}${t[2]}` : d));

const job: fc.Arbitrary<Job> = fc.record({
  ref: id,
  address: text(80),
  lat: coord(90),
  lon: coord(180),
  area: text(32),
  trade: code,
  min_proficiency: score,
  competences: fc.uniqueArray(code, { maxLength: 3 }),
  priority: fc.constantFrom(...PRIORITIES),
  raised_at: raisedAt,
  duration_min: fc.integer({ min: 1, max: 1440 }),
  window: fc.oneof(
    fc.constantFrom('AM', 'PM', 'ALL'),
    span.map(([a, b]) => `${a}-${b}`),
  ),
  depends_on: fc.uniqueArray(fc.record({ ref: id, lag_min: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999 })) }), {
    maxLength: 3,
    selector: (l) => l.ref,
  }),
  impact: score,
  effort: score,
  owner: text(40),
  done_when: text(80),
  notes: text(200),
  status: fc.constant('open' as const),
});

/** For up to 8 generated rows with distinct keys, parsing the formatted file gives them back without errors. */
function expectRoundTrip<T>(
  row: fc.Arbitrary<T>,
  key: (x: T) => string,
  format: (rows: T[]) => string,
  parse: (text: string, file: string) => { rows: T[]; errors: unknown[] },
  file: string,
): void {
  fc.assert(
    fc.property(fc.uniqueArray(row, { maxLength: 8, selector: key }), (rows) => {
      const r = parse(format(rows), file);
      expect(r.errors).toEqual([]);
      expect(r.rows).toEqual(rows);
    }),
    { numRuns: 300 },
  );
}

describe('CSV round-trip', () => {
  it('operatives: parse(format(x)) equals x', () => {
    expectRoundTrip(operative, (o) => o.id, formatOperativesCsv, parseOperativesCsv, 'o.csv');
  });

  it('jobs: parse(format(x)) equals x', () => {
    expectRoundTrip(job, (j) => j.ref, formatJobsCsv, parseJobsCsv, 'j.csv');
  });

  it('fixtures survive parse → format → parse, absences and flags included', () => {
    const ops = parseOperativesCsv(fixture('good/operatives.csv'), 'o').rows;
    expect(parseOperativesCsv(formatOperativesCsv(ops), 'o').rows).toEqual(ops);
    const jobs = parseJobsCsv(fixture('good/jobs.csv'), 'j').rows;
    expect(parseJobsCsv(formatJobsCsv(jobs), 'j').rows).toEqual(jobs);
    const absences = parseAbsencesCsv(fixture('good/absences.csv'), 'a').rows;
    expect(parseAbsencesCsv(formatAbsencesCsv(absences), 'a').rows).toEqual(absences);
    const flags = parseFlagsCsv(fixture('good/flags.csv'), 'f').rows;
    expect(parseFlagsCsv(formatFlagsCsv(flags), 'f').rows).toEqual(flags);
  });

  it('formats with a header, \\n endings and quotes only where needed', () => {
    const ops = parseOperativesCsv(fixture('good/operatives.csv'), 'o').rows;
    expect(formatOperativesCsv(ops)).toBe(fixture('good/operatives.csv'));
    const out = formatJobsCsv(parseJobsCsv(fixture('good/jobs.csv'), 'j').rows);
    expect(out).toContain(
      '\nJ-1004,"27 Harehills Avenue, Leeds LS8 4EU",53.8172,-1.5183,LS8,PLAST,2,,ROUTINE,2026-12-18,180,ALL,J-1003+60,',
    );
    expect(out).toContain('"Tenant works nights.\nDo not call before 11:00, ""ring twice"""');
    expect(out).not.toContain('\r');
  });
});
