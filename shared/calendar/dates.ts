// Pure helpers on ISO calendar dates ('YYYY-MM-DD') and wall-clock times ('HH:MM').
// All arithmetic is on UTC day numbers, so the machine's time zone and DST can never shift a date.
import type { Weekday } from '../domain/types';

export const MS_PER_DAY = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
// Indexed by Date#getUTCDay(), which counts from Sunday = 0.
const WEEKDAY_BY_UTC_DAY: readonly Weekday[] = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Epoch ms of UTC midnight on y-m-d. setUTCFullYear avoids Date.UTC mapping years 0–99 to 19xx. */
export function utcMidnight(year: number, month: number, day: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(year, month - 1, day);
  return dt.getTime();
}

/** [year, month, day] of a real calendar date; throws on malformed or impossible dates like 2026-02-30. */
export function dateParts(date: string): [number, number, number] {
  const m = DATE_RE.exec(date);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const back = new Date(utcMidnight(y, mo, d));
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return [y, mo, d];
  }
  throw new Error(`"${date}" is not a real date YYYY-MM-DD`);
}

export function isIsoDate(s: string): boolean {
  try {
    dateParts(s);
    return true;
  } catch {
    return false;
  }
}

/** Whole days since 1970-01-01. */
export function toEpochDay(date: string): number {
  const [y, m, d] = dateParts(date);
  return utcMidnight(y, m, d) / MS_PER_DAY;
}

export function fromEpochDay(day: number): string {
  const dt = new Date(day * MS_PER_DAY);
  return `${pad(dt.getUTCFullYear(), 4)}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

function assertWholeDays(n: number): void {
  if (!Number.isInteger(n)) throw new Error(`day count ${n} is not a whole number`);
}

export function addDays(date: string, n: number): string {
  assertWholeDays(n);
  return fromEpochDay(toEpochDay(date) + n);
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAY_BY_UTC_DAY[new Date(toEpochDay(date) * MS_PER_DAY).getUTCDay()]!;
}

/** b − a in days (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** Every date from `from` to `to` inclusive; empty when `to` is before `from`. */
export function dateRange(from: string, to: string): string[] {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  const out: string[] = [];
  for (let d = start; d <= end; d++) out.push(fromEpochDay(d));
  return out;
}

/** Sort comparator: −1, 0 or 1. Validates both sides so a typo cannot sort silently. */
export function compareDates(a: string, b: string): number {
  return Math.sign(toEpochDay(a) - toEpochDay(b));
}

/** Minutes since midnight for 'HH:MM' (00:00–23:59). */
export function parseHHMM(s: string): number {
  const m = HHMM_RE.exec(s);
  if (!m) throw new Error(`"${s}" is not a time HH:MM (00:00–23:59)`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** 'HH:MM' for minutes since midnight; out-of-day values throw rather than wrap to another day. */
export function formatHHMM(min: number): string {
  if (!Number.isInteger(min) || min < 0 || min >= 24 * 60) {
    throw new Error(`${min} minutes is not a time of day (0–1439)`);
  }
  return `${pad(Math.floor(min / 60))}:${pad(min % 60)}`;
}

/** '4 Jan 2027': the form used in plain-language reasons shown to planners. */
export function formatLongDate(date: string): string {
  const [y, m, d] = dateParts(date);
  return `${d} ${MONTH_ABBR[m - 1]} ${y}`;
}

/** 'Mon 4 Jan': compact column headings. */
export function formatShortDay(date: string): string {
  const [, m, d] = dateParts(date);
  return `${weekdayOf(date)} ${d} ${MONTH_ABBR[m - 1]}`;
}
