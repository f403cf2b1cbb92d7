// Review trigger: an operative newly absent on days where the diary already has them working.
import type { Absence, DiaryEntry } from '../domain/types';

/** The entries the absence knocks out: the operative's, on a date from..to inclusive. */
export function placedDuring(absence: Pick<Absence, 'operative_id' | 'from' | 'to'>, entries: readonly DiaryEntry[]): DiaryEntry[] {
  return entries.filter((e) => e.operative_id === absence.operative_id && e.date >= absence.from && e.date <= absence.to);
}
