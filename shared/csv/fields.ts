// Parsers for single CSV cells. Each returns the value, or undefined after recording an
// error on the row; messages name the column and quote the offending value.
import { isIsoDate } from '../calendar/dates';
import { WEEKDAYS } from '../domain/schemas';
import type { Weekday } from '../domain/types';
import { q } from './errors';
import type { Row } from './row';

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;
const CODE = /^[A-Z][A-Z0-9_]{0,31}$/;
// Same rule as idSchema in domain/schemas.ts.
const REF = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export const isTime = (s: string): boolean => TIME.test(s);
export const isCode = (s: string): boolean => CODE.test(s);
export const isRef = (s: string): boolean => REF.test(s);

/** Split a `;` list; empty items (a trailing `;` from hand editing) are ignored. */
export function splitList(value: string): string[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function decimal(row: Row, col: string, min: number, max: number): number | undefined {
  const v = row.required(col);
  if (v === undefined) return undefined;
  if (!DECIMAL.test(v)) return row.fail(col, `${col} ${q(v)} is not a number`);
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) return row.fail(col, `${col} ${v} is outside ${min} to ${max}`);
  return n;
}

export function integer(row: Row, col: string, min: number, max: number): number | undefined {
  const v = row.required(col);
  if (v === undefined) return undefined;
  if (!INTEGER.test(v)) return row.fail(col, `${col} ${q(v)} is not a whole number`);
  const n = Number(v);
  if (n < min || n > max) return row.fail(col, `${col} ${v} is outside ${min}–${max}`);
  return n;
}

/** Impact, effort and proficiency are 1–5 scores. */
export const score = (row: Row, col: string): number | undefined => integer(row, col, 1, 5);

/** Why `value` is not a valid YYYY-MM-DD date, or null if it is. */
export function dateProblem(value: string): string | null {
  if (!DATE.test(value)) return 'is not a date (expected YYYY-MM-DD)';
  return isIsoDate(value) ? null : 'is not a real calendar date';
}

export function date(row: Row, col: string): string | undefined {
  const v = row.required(col);
  if (v === undefined) return undefined;
  const problem = dateProblem(v);
  return problem ? row.fail(col, `${col} ${q(v)} ${problem}`) : v;
}

/** Empty cell means "no date" (null). */
export function optionalDate(row: Row, col: string): string | null | undefined {
  return row.get(col) === '' ? null : date(row, col);
}

export function time(row: Row, col: string): string | undefined {
  const v = row.required(col);
  if (v === undefined) return undefined;
  return TIME.test(v) ? v : row.fail(col, `${col} ${q(v)} is not a time (expected HH:MM, 00:00–23:59)`);
}

/** ISO 8601 date or date-time; the date part must exist on the calendar. */
export function dateTime(row: Row, col: string): string | undefined {
  const v = row.required(col);
  if (v === undefined) return undefined;
  const m = DATE_TIME.exec(v);
  if (!m) return row.fail(col, `${col} ${q(v)} is not an ISO 8601 date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])`);
  if (!isIsoDate(m[1]!)) return row.fail(col, `${col} ${q(v)} is not a real calendar date`);
  return v;
}

export function code(row: Row, col: string, what: string): string | undefined {
  const v = row.required(col);
  if (v === undefined) return undefined;
  return CODE.test(v) ? v : row.fail(col, `${col} ${q(v)} is not an upper-case ${what} code like ${example(what)}`);
}

/** A `;` list of codes with no repeats (job competences). */
export function codeList(row: Row, col: string, what: string): string[] | undefined {
  const out: string[] = [];
  const before = row.failures;
  for (const item of splitList(row.get(col))) {
    if (!CODE.test(item)) row.fail(col, `${col} item ${q(item)} is not an upper-case ${what} code like ${example(what)}`);
    else if (out.includes(item)) row.fail(col, `${col} lists ${item} more than once`);
    else out.push(item);
  }
  return row.failures === before ? out : undefined;
}

export function weekdays(row: Row, col: string): Weekday[] | undefined {
  const v = row.required(col);
  if (v === undefined) return undefined;
  const out: Weekday[] = [];
  const before = row.failures;
  for (const item of splitList(v)) {
    if (!isWeekday(item)) row.fail(col, `${col} item ${q(item)} is not a weekday (expected ${WEEKDAYS.join(', ')})`);
    else if (out.includes(item)) row.fail(col, `${col} lists ${item} more than once`);
    else out.push(item);
  }
  if (row.failures === before && out.length === 0) row.fail(col, `${col} lists no weekdays`);
  return row.failures === before ? out : undefined;
}

const isWeekday = (s: string): s is Weekday => (WEEKDAYS as readonly string[]).includes(s);

function example(what: string): string {
  return what === 'competence' ? 'GAS_SAFE' : what === 'priority' ? 'URGENT' : 'GAS';
}
