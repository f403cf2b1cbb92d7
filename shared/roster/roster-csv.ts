// roster.csv: `operative_id,date,start,end,kind`, one row per override on top of the
// operative's patterns. kind is work, on_call or off; an end past midnight is written with
// `+1` (22:00,06:00+1). A date with rows in the file is defined by those rows alone, replacing
// any override stored for it. All-or-nothing like every import: row errors carry file, line, field.
import { CALENDAR_FIRST_DATE, CALENDAR_LAST_DATE } from '../calendar/bank-holidays';
import { q, sortErrors, type CsvError, type CsvParseResult } from '../csv/errors';
import { date, time } from '../csv/fields';
import { toCsv } from '../csv/format';
import { parseCsvFile } from '../csv/parse-file';
import type { Row } from '../csv/row';
import type { Operative } from '../domain/types';
import { RosterBook } from './resolve';
import { ROSTER_KINDS, rosterOverrideSchema } from './schemas';
import { formatEnd, parseEnd } from './shift';
import type { RosterDay, RosterKind, RosterOverride, RosterPattern } from './types';
import { describeSpan, neighbourOverlap, overlaps, overrideRowProblem, overrideSpan } from './validate';

export const ROSTER_COLUMNS = ['operative_id', 'date', 'start', 'end', 'kind'] as const;

export function parseRosterCsv(text: string, fileName: string): CsvParseResult<RosterOverride> {
  return parseCsvFile(text, fileName, { columns: ROSTER_COLUMNS, schema: rosterOverrideSchema, build: buildRow });
}

function buildRow(row: Row): RosterOverride | undefined {
  const operative_id = row.required('operative_id');
  const d = date(row, 'date');
  if (d && (d < CALENDAR_FIRST_DATE || d > CALENDAR_LAST_DATE)) {
    row.fail('date', `date ${d} is outside the planning calendar (${CALENDAR_FIRST_DATE} to ${CALENDAR_LAST_DATE})`);
  }
  const kind = parseKind(row);
  const start = row.get('start') === '' ? null : time(row, 'start');
  const end = parseEndCell(row);
  if (row.failed) return undefined;
  const o: RosterOverride = {
    operative_id: operative_id!,
    date: d!,
    kind: kind!,
    start: start!,
    end: end?.end ?? null,
    overnight: end?.overnight ?? false,
  };
  const problem = overrideRowProblem(o);
  return problem ? row.fail(problem.field, problem.message) : o;
}

function parseKind(row: Row): RosterKind | undefined {
  const v = row.required('kind');
  if (v === undefined) return undefined;
  return ROSTER_KINDS.find((k) => k === v) ?? row.fail('kind', `kind ${q(v)} is not work, on_call or off`);
}

function parseEndCell(row: Row): { end: string; overnight: boolean } | null | undefined {
  const v = row.get('end');
  if (v === '') return null;
  return parseEnd(v) ?? row.fail('end', `end ${q(v)} is not a time (expected HH:MM, or HH:MM+1 for the next day)`);
}

export interface RosterImportContext {
  operatives: ReadonlyMap<string, Operative>;
  patterns: readonly RosterPattern[];
  /** Overrides already stored; those on dates the file covers are replaced. */
  existing: readonly RosterOverride[];
}

/** Checks needing more than one row or the store: unknown operatives, one day's rows, overlaps across midnight. */
export function validateRosterRows(parsed: CsvParseResult<RosterOverride>, ctx: RosterImportContext): CsvError[] {
  const errors: CsvError[] = [];
  const at = (i: number, field: string, message: string) =>
    errors.push({ file: parsed.file, line: parsed.lines[i] ?? i + 2, field, message });
  const dayKey = (o: RosterOverride) => `${o.operative_id}\u0000${o.date}`;
  const byDay = new Map<string, number[]>();
  parsed.rows.forEach((o, i) => {
    if (!ctx.operatives.has(o.operative_id))
      return at(i, 'operative_id', `unknown operative ${q(o.operative_id)} (not among the workspace's operatives)`);
    const list = byDay.get(dayKey(o));
    if (list) list.push(i);
    else byDay.set(dayKey(o), [i]);
  });

  let dayErrors = false;
  for (const rows of byDay.values()) {
    for (let k = 1; k < rows.length; k++) {
      const problem = sameDayProblem(parsed, rows.slice(0, k), rows[k]!);
      if (problem) {
        at(rows[k]!, problem.field, problem.message);
        dayErrors = true;
      }
    }
  }
  if (dayErrors) return sortErrors(errors);

  // Across midnight: resolve each touched day's neighbours with the file applied.
  const replaced = new Set(byDay.keys());
  const book = new RosterBook({ patterns: ctx.patterns, days: [...ctx.existing.filter((o) => !replaced.has(dayKey(o))), ...parsed.rows] });
  for (const rows of byDay.values()) {
    const first = parsed.rows[rows[0]!]!;
    const op = ctx.operatives.get(first.operative_id);
    if (!op) continue;
    const problem = neighbourOverlap(book, op, first.date);
    if (problem) at(rows[0]!, 'start', problem);
  }
  return sortErrors(errors);
}

/** Why row `i` clashes with earlier rows of the same operative-date, naming the line it clashes with. */
function sameDayProblem(parsed: CsvParseResult<RosterOverride>, earlier: number[], i: number): { field: string; message: string } | null {
  const row = parsed.rows[i]!;
  const line = (j: number) => parsed.lines[j] ?? j + 2;
  for (const j of earlier) {
    const other = parsed.rows[j]!;
    if (row.kind === 'off' || other.kind === 'off') {
      return {
        field: 'kind',
        message: `${row.date}: an off day cannot also have ${(row.kind === 'off' ? other : row).kind === 'work' ? 'a work' : 'an on_call'} row (line ${line(j)})`,
      };
    }
    const a = overrideSpan(row);
    const b = overrideSpan(other);
    if (a && b && overlaps(a, b))
      return { field: 'start', message: `overlapping shifts: ${describeSpan(a)} overlaps ${describeSpan(b)} on line ${line(j)}` };
    if (row.kind === other.kind) {
      const what = row.kind === 'work' ? 'only one work shift per day (split shifts are not supported)' : 'only one on-call period per day';
      return { field: 'kind', message: `${row.date}: ${what}; line ${line(j)} already has one` };
    }
  }
  return null;
}

/** Override rows as CSV (stored overrides, or a resolved roster turned into rows). */
export function formatRosterCsv(rows: readonly RosterOverride[]): string {
  return toCsv(
    ROSTER_COLUMNS,
    rows.map((r) => [
      r.operative_id,
      r.date,
      r.start ?? '',
      r.end === null ? '' : formatEnd({ end: r.end, overnight: r.overnight }),
      r.kind,
    ]),
  );
}

/** The rows that reproduce a resolved day exactly when imported: work and/or on_call, or off. */
export function rowsForDay(operativeId: string, day: RosterDay): RosterOverride[] {
  const out: RosterOverride[] = [];
  if (day.working && day.shift) out.push({ operative_id: operativeId, date: day.date, kind: 'work', ...day.shift });
  if (day.on_call) {
    const h = day.on_call_hours;
    out.push({
      operative_id: operativeId,
      date: day.date,
      kind: 'on_call',
      start: h?.start ?? null,
      end: h?.end ?? null,
      overnight: h?.overnight ?? false,
    });
  }
  if (out.length === 0) out.push({ operative_id: operativeId, date: day.date, kind: 'off', start: null, end: null, overnight: false });
  return out;
}
