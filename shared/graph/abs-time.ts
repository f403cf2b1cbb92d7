// Plan times as absolute minutes: epoch day × 1440 + UK wall-clock minute of day, the same
// scale as PlacedTimes (shared/rules), so diary slots, lags and deadlines compare directly.
// Wall-clock, not elapsed: across a clock change an hour is gained or lost, as on the diary.
import { formatHHMM, fromEpochDay, parseHHMM, toEpochDay } from '../calendar/dates';
import { MINUTES_PER_DAY } from '../plan/time';
import { parseInstant, toLocal } from '../sla/local-time';

/** 'YYYY-MM-DDTHH:MM' (UK local) → absolute minutes. */
export function localToAbs(local: string): number {
  return toEpochDay(local.slice(0, 10)) * MINUTES_PER_DAY + parseHHMM(local.slice(11, 16));
}

/** Absolute minutes → 'YYYY-MM-DDTHH:MM'. */
export function absToLocal(abs: number): string {
  const day = Math.floor(abs / MINUTES_PER_DAY);
  return `${fromEpochDay(day)}T${formatHHMM(abs - day * MINUTES_PER_DAY)}`;
}

/** Any ISO instant (with or without zone; none = UK local) → absolute minutes in UK wall-clock. */
export function instantToAbs(iso: string): number {
  const { date, time } = toLocal(parseInstant(iso));
  return localToAbs(`${date}T${time}`);
}
