// Times every diary entry in a range from its operative's day plan (travel, windows, booked
// starts), exactly as the board shows them.
import { addDays, formatHHMM } from '../calendar/dates';
import type { DiaryEntry } from '../domain/types';
import { byDiaryOrder } from '../plan';
import type { PlanIndex } from '../rules';
import type { PackVisit } from './plan-model';

const DAY = 24 * 60;

/** 'YYYY-MM-DDTHH:MM' for a minute offset from the plan date's midnight (may run past midnight). */
export function localAt(date: string, minutes: number): string {
  const m = Math.round(minutes);
  const days = Math.floor(m / DAY);
  return `${days === 0 ? date : addDays(date, days)}T${formatHHMM(m - days * DAY)}`;
}

/** Entries in (date, operative, sequence) order, each with its planned start and end. */
export function timeVisits(index: PlanIndex, entries: readonly DiaryEntry[]): PackVisit[] {
  const out: PackVisit[] = [];
  const sorted = [...entries].sort(byDiaryOrder);
  let dayKey = '';
  let byRef = new Map<string, { start_min: number; end_min: number; travel_min: number }>();
  for (const e of sorted) {
    const key = `${e.operative_id}\u0000${e.date}`;
    if (key !== dayKey) {
      dayKey = key;
      const op = index.world.operatives.get(e.operative_id);
      if (!op) throw new Error(`diary entry ${e.job_ref} names unknown operative ${e.operative_id}`);
      byRef = new Map(index.basePlan(op, e.date).visits.map((v) => [v.ref, v]));
    }
    const v = byRef.get(e.job_ref);
    if (!v) throw new Error(`diary entry ${e.job_ref} is missing from ${e.operative_id}'s plan for ${e.date}`);
    out.push({
      ref: e.job_ref,
      operative_id: e.operative_id,
      date: e.date,
      sequence: e.sequence,
      start: localAt(e.date, v.start_min),
      end: localAt(e.date, v.end_min),
      booked_start: e.start,
      pinned: e.pinned,
      travel_min: v.travel_min,
    });
  }
  return out;
}
