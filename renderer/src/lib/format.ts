// Display formatting shared by the tables. Everything here is pure and tolerant: a value the
// backend sends in an unexpected shape is shown raw rather than breaking the row.
import { formatLongDate, formatShortDay } from '../../../shared/calendar';
import { parseInstant, toLocal } from '../../../shared/sla';
import type { Weekday } from '../../../shared/domain/types';
import { WEEKDAYS } from '../../../shared/domain/schemas';

/** The formatter, but giving back its input unchanged where the formatter throws. */
function orRaw(format: (value: string) => string): (value: string) => string {
  return (value) => {
    try {
      return format(value);
    } catch {
      return value;
    }
  };
}

/** '4 Feb 2026', or the input unchanged if it is not a date. */
export const longDate = orRaw(formatLongDate);

/** '4 Feb' (no year), or the input unchanged. */
export function dayMonth(date: string): string {
  return longDate(date).replace(/ \d{4}$/, '');
}

/** '11–13 Jan', '30 Jan – 2 Feb', or '4 Feb' for a single day. */
export function dateSpan(from: string, to: string): string {
  if (from === to) return dayMonth(from);
  const a = dayMonth(from);
  const b = dayMonth(to);
  const [aDay, aMonth] = a.split(' ');
  const [bDay, bMonth] = b.split(' ');
  return aMonth === bMonth && from.slice(0, 4) === to.slice(0, 4) ? `${aDay}–${bDay} ${bMonth}` : `${a} – ${b}`;
}

/** 'Wed 4 Feb', or the input unchanged. */
export const shortDay = orRaw(formatShortDay);

/** 'YYYY-MM-DDTHH:MM' → '4 Feb 2026 17:00'. */
export function localDateTime(local: string): string {
  const [date = '', time = ''] = local.split('T');
  return `${longDate(date)} ${time}`.trim();
}

/** Any ISO instant (with or without zone) → UK local '4 Feb 2026 09:15'. */
export const instantAsLocal = orRaw((iso) => {
  const { date, time } = toLocal(parseInstant(iso));
  return `${longDate(date)} ${time}`;
});

/** 90 → '1h 30m'; 45 → '45m'; 2880 → '2d'; 3000 → '2d 2h'. From 3 days, whole days only. Compact for dense tables. */
export function duration(minutes: number): string {
  const m = Math.abs(Math.round(minutes));
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const min = m % 60;
  if (d >= 3) return `${d}d`;
  if (d > 0) return h > 0 ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return min > 0 ? `${h}h ${min}m` : `${h}h`;
  return `${min}m`;
}

/** ['Mon','Tue','Wed','Thu','Fri'] → 'Mon–Fri'; non-contiguous runs are listed. */
export function weekdays(days: readonly Weekday[]): string {
  if (days.length === 0) return 'None';
  const idx = [...new Set(days)].map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
  const runs: string[] = [];
  let start = idx[0]!;
  let prev = start;
  for (const i of [...idx.slice(1), Number.NaN]) {
    if (i === prev + 1) {
      prev = i;
      continue;
    }
    const a = WEEKDAYS[start]!;
    const b = WEEKDAYS[prev]!;
    runs.push(start === prev ? a : prev === start + 1 ? `${a}, ${b}` : `${a}–${b}`);
    start = prev = i;
  }
  return runs.join(', ');
}

/** 6 → '6 operatives'; 1 → '1 operative'. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
