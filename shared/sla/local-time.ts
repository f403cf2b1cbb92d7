// UK wall-clock time (Europe/London) without Intl: the packaged runtime may ship without full
// ICU time-zone data, and SLA deadlines must not change with the machine's zone settings.
// Rule: BST (UTC+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October (in force since 1996; applied to every year here).
import { MS_PER_DAY, dateParts, formatHHMM, fromEpochDay, parseHHMM, toEpochDay, utcMidnight } from '../calendar/dates';

const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;

// Date, then optionally a time (seconds and fraction optional), then optionally Z or ±HH[:MM].
// A space is accepted in place of 'T' because spreadsheets export date-times that way.
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Epoch ms of 01:00 UTC on the last Sunday of the given month (0-based) — a UK clock change. */
function lastSundayOneAmUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(utcMidnight(year, monthIndex + 2, 0)); // day 0 of next month
  const sunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return utcMidnight(year, monthIndex + 1, sunday) + MS_PER_HOUR;
}

/** Minutes Europe/London is ahead of UTC at this instant: 60 in BST, 0 in GMT. */
export function londonOffsetMinutes(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  const bst = epochMs >= lastSundayOneAmUtc(year, 2) && epochMs < lastSundayOneAmUtc(year, 9);
  return bst ? 60 : 0;
}

/**
 * The instant a London wall-clock reading (expressed as ms "as if UTC") refers to.
 * Clock-change edge cases follow Temporal's 'compatible' choice: a time repeated in October
 * means its first (BST) occurrence; a time skipped in March is read with GMT, landing an
 * hour later on the new clock (01:30 → 02:30 BST).
 */
function londonWallToInstant(wallMs: number): number {
  const asBst = wallMs - MS_PER_HOUR;
  return londonOffsetMinutes(asBst) === 60 ? asBst : wallMs;
}

/**
 * Epoch ms (UTC) of an ISO 8601 date-time. With 'Z' or an offset it is exact; without one it
 * is UK local wall-clock time; a bare date means local midnight. `field` names the input in
 * the error so CSV import can point at the right column.
 */
export function parseInstant(iso: string, field = 'raised_at'): number {
  const fail = (): never => {
    throw new Error(`${field} "${String(iso)}" is not an ISO 8601 date-time`);
  };
  if (typeof iso !== 'string') return fail();
  const m = ISO_RE.exec(iso.trim());
  if (!m) return fail();
  const [, y, mo, d, hh = '00', mi = '00', ss = '00', frac = '', zone] = m;
  let wall: number;
  try {
    const [yn, mon, dn] = dateParts(`${y}-${mo}-${d}`);
    wall = utcMidnight(yn, mon, dn);
  } catch {
    return fail();
  }
  const h = Number(hh);
  const min = Number(mi);
  const s = Number(ss);
  if (h > 23 || min > 59 || s > 59) return fail();
  wall += h * MS_PER_HOUR + min * MS_PER_MINUTE + s * 1000 + Number(frac.padEnd(3, '0').slice(0, 3));

  if (zone === undefined) return londonWallToInstant(wall);
  if (zone.toUpperCase() === 'Z') return wall;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offH = Number(digits.slice(0, 2));
  const offM = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (offH > 23 || offM > 59) return fail();
  return wall - sign * (offH * MS_PER_HOUR + offM * MS_PER_MINUTE);
}

/** UK wall-clock date and 'HH:MM' of an instant; seconds are dropped (truncated, not rounded). */
export function toLocal(epochMs: number): { date: string; time: string } {
  if (!Number.isFinite(epochMs)) throw new Error(`${epochMs} is not a valid instant`);
  const local = epochMs + londonOffsetMinutes(epochMs) * MS_PER_MINUTE;
  const day = Math.floor(local / MS_PER_DAY);
  const minuteOfDay = Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE);
  return { date: fromEpochDay(day), time: formatHHMM(minuteOfDay) };
}

/** Epoch ms of a UK wall-clock date and 'HH:MM' (clock-change edge cases as londonWallToInstant). */
export function localToInstant(date: string, time: string): number {
  return londonWallToInstant(toEpochDay(date) * MS_PER_DAY + parseHHMM(time) * MS_PER_MINUTE);
}
