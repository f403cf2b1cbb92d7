// The Monday-to-Sunday week around a focus date, and per-operative day counts for it.
import { addDays, dateRange, weekdayOf } from '../../../../shared/calendar';
import { WEEKDAYS } from '../../../../shared/domain/schemas';
import type { Absence, DiaryEntry } from '../../../../shared/domain/types';

export function weekOf(date: string): string[] {
  const monday = addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
  return dateRange(monday, addDays(monday, 6));
}

/** operative id → date → number of placed jobs. */
export function countByOperativeDay(entries: readonly DiaryEntry[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const days = out.get(e.operative_id) ?? new Map<string, number>();
    days.set(e.date, (days.get(e.date) ?? 0) + 1);
    out.set(e.operative_id, days);
  }
  return out;
}

export function absentOn(absences: readonly Absence[], date: string): Absence | undefined {
  return absences.find((a) => a.from <= date && date <= a.to);
}
