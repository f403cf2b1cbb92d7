// actuals.csv → checked rows. This layer checks each row on its own (formats, times, the
// outcome's required fields); validate.ts then checks the rows against the workspace.
import { q, sortErrors, type CsvError } from '../csv/errors';
import { dateProblem, isCode, isRef, isTime } from '../csv/fields';
import { Row } from '../csv/row';
import { readCsvTable } from '../csv/table';
import { isInCalendar } from '../calendar/working-days';
import { ACTUALS_COLUMNS, OUTCOMES, type ActualInput, type Outcome } from './schemas';

export const MAX_NOTES = 2000;
export const MAX_FOLLOW_ON_MINUTES = 24 * 60;

export interface ParsedActuals {
  rows: ActualInput[];
  /** Physical line of each row (header = 1). */
  lines: number[];
  errors: CsvError[];
}

export function parseActualsCsv(text: string, file: string): ParsedActuals {
  const table = readCsvTable(text, file, ACTUALS_COLUMNS);
  const errors: CsvError[] = table.errors;
  const rows: ActualInput[] = [];
  const lines: number[] = [];
  for (const record of table.records) {
    const row = new Row(file, record, table.missing, errors);
    const built = buildActual(row);
    if (built && !row.failed) {
      rows.push(built);
      lines.push(row.line);
    }
  }
  return { rows, lines, errors: sortErrors(errors) };
}

/** Where a row's cells come from and where its problems go (a CSV row, or a close-out line). */
export interface CellSource {
  get(column: string): string;
  fail(column: string | null, message: string): undefined;
}

const INTEGER = /^\d+$/;

// A file of 50,000 visits holds a few dozen dates: check each once.
const dateChecks = new Map<string, string | null>();
function dateProblemOf(date: string): string | null {
  let p = dateChecks.get(date);
  if (p === undefined) {
    p = dateProblem(date) ?? (isInCalendar(date) ? null : 'is outside the planning calendar (2026–2028)');
    if (dateChecks.size > 5000) dateChecks.clear();
    dateChecks.set(date, p);
  }
  return p;
}
const isOutcome = (s: string): s is Outcome => (OUTCOMES as readonly string[]).includes(s);

/** Reads and checks one row's cells; undefined (with errors recorded) when any is wrong. */
export function buildActual(cells: CellSource): ActualInput | undefined {
  const src = new Checked(cells);
  const ref = src.get('ref');
  if (ref === '') src.fail('ref', 'required field ref is empty');
  else if (!isRef(ref)) src.fail('ref', `ref ${q(ref)}: letters, digits, "-", "_" or "." only (at most 64)`);

  const versionText = src.get('version');
  let version: number | null = null;
  if (versionText !== '') {
    if (!INTEGER.test(versionText) || Number(versionText) < 1 || Number(versionText) > 1_000_000)
      src.fail(
        'version',
        `version ${q(versionText)} is not a published version number (1, 2, …) — leave it empty for the latest covering the date`,
      );
    else version = Number(versionText);
  }

  const operative = src.get('operative_id');
  if (operative === '') src.fail('operative_id', 'required field operative_id is empty');
  else if (!isRef(operative)) src.fail('operative_id', `operative_id ${q(operative)}: letters, digits, "-", "_" or "." only`);

  const date = src.get('date');
  const dateWrong = date === '' ? 'is empty' : dateProblemOf(date);
  if (dateWrong) src.fail('date', date === '' ? 'required field date is empty' : `date ${q(date)} ${dateWrong}`);

  const arrived = time(src, 'arrived');
  const left = time(src, 'left');

  const outcomeText = src.get('outcome');
  let outcome: Outcome | null = null;
  if (outcomeText === '') src.fail('outcome', `required field outcome is empty (one of ${OUTCOMES.join(', ')})`);
  else if (!isOutcome(outcomeText)) src.fail('outcome', `unknown outcome ${q(outcomeText)} (expected one of ${OUTCOMES.join(', ')})`);
  else outcome = outcomeText;

  const reasonText = src.get('reason');
  if (reasonText !== '' && !isCode(reasonText))
    src.fail('reason', `reason ${q(reasonText)} is not an upper-case reason code like NO_ANSWER`);

  const trade = src.get('follow_on_trade');
  const minutesText = src.get('follow_on_minutes');
  let minutes: number | null = null;
  if (trade !== '' && !isCode(trade)) src.fail('follow_on_trade', `follow_on_trade ${q(trade)} is not an upper-case trade code like PLUMB`);
  if (minutesText !== '') {
    if (!INTEGER.test(minutesText) || Number(minutesText) < 1 || Number(minutesText) > MAX_FOLLOW_ON_MINUTES)
      src.fail(
        'follow_on_minutes',
        `follow_on_minutes ${q(minutesText)} is not a whole number of minutes from 1 to ${MAX_FOLLOW_ON_MINUTES}`,
      );
    else minutes = Number(minutesText);
  }

  const notes = src.get('notes');
  if (notes.length > MAX_NOTES) src.fail('notes', `notes are ${notes.length} characters (at most ${MAX_NOTES})`);

  if (outcome) {
    // What each outcome needs: times for any visit made, a reason unless completed, a follow-on only for further work.
    const noArrival = src.get('arrived') === '';
    const noLeft = src.get('left') === '';
    if (outcome !== 'CANCELLED') {
      if (noArrival) src.fail('arrived', `${outcome} needs the arrival time (HH:MM)`);
      if (noLeft) src.fail('left', `${outcome} needs the time the operative left (HH:MM)`);
    } else if (noArrival !== noLeft) {
      src.fail(noArrival ? 'arrived' : 'left', 'a CANCELLED visit gives both arrived and left, or neither');
    }
    if (outcome !== 'COMPLETED' && reasonText === '') src.fail('reason', `${outcome} needs a reason code`);
    if (outcome === 'FURTHER_WORK') {
      if (trade === '') src.fail('follow_on_trade', 'FURTHER_WORK needs the follow-on trade');
      if (minutesText === '') src.fail('follow_on_minutes', 'FURTHER_WORK needs the follow-on minutes');
    } else {
      if (trade !== '') src.fail('follow_on_trade', `follow_on_trade is only for FURTHER_WORK (this row is ${outcome})`);
      if (minutesText !== '') src.fail('follow_on_minutes', `follow_on_minutes is only for FURTHER_WORK (this row is ${outcome})`);
    }
  }
  if (arrived !== null && left !== null && left < arrived) src.fail('left', `left ${left} is before arrived ${arrived}`);

  if (src.failed || !outcome) return undefined;
  return {
    ref,
    version,
    operative_id: operative,
    date,
    arrived,
    left,
    outcome,
    reason: reasonText === '' ? null : reasonText,
    follow_on_trade: trade === '' ? null : trade,
    follow_on_minutes: minutes,
    notes,
  };
}

/** A cell source that remembers whether any check failed (a class: no closures per row in the hot loop). */
class Checked {
  failed = false;
  constructor(private readonly cells: CellSource) {}
  get(column: string): string {
    return this.cells.get(column);
  }
  fail(column: string, message: string): undefined {
    this.failed = true;
    return this.cells.fail(column, message);
  }
}

function time(src: Checked, col: string): string | null {
  const v = src.get(col);
  if (v === '') return null;
  if (!isTime(v)) {
    src.fail(col, `${col} ${q(v)} is not a time (expected HH:MM, 00:00–23:59)`);
    return null;
  }
  return v;
}

/** The stored rows written back as actuals.csv (the same columns). */
export function actualsCsvLine(a: ActualInput): string[] {
  return [
    a.ref,
    a.version === null ? '' : String(a.version),
    a.operative_id,
    a.date,
    a.arrived ?? '',
    a.left ?? '',
    a.outcome,
    a.reason ?? '',
    a.follow_on_trade ?? '',
    a.follow_on_minutes === null ? '' : String(a.follow_on_minutes),
    a.notes,
  ];
}
