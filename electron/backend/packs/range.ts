// What may be published: a real date range inside the planning calendar, on the live plan.
import { ApiError } from '../../../shared/api/errors';
import { dateRange } from '../../../shared/calendar/dates';
import { isInCalendar } from '../../../shared/calendar/working-days';
import type { DiaryEntry } from '../../../shared/domain/types';
import type { Store } from '../store/store';

export const MAX_PUBLISH_DAYS = 62;

export interface PublishRange {
  from: string;
  to: string;
  /** Only the live plan is published; a scenario must be promoted first (scenario-overlap.ts). */
  scenario?: string | null | undefined;
}

/** Throws a VALIDATION ApiError naming the problem; returns the range's diary entries. */
export function entriesToPublish(store: Store, r: PublishRange): DiaryEntry[] {
  if (r.scenario) {
    // Never publish the live plan under a scenario's name, nor a what-if as the plan in force.
    throw new ApiError(
      'VALIDATION',
      `Only the live plan is published: promote scenario "${r.scenario}" into the live plan first, then publish`,
    );
  }
  if (r.from > r.to) throw new ApiError('VALIDATION', `The range starts (${r.from}) after it ends (${r.to})`);
  for (const d of [r.from, r.to]) {
    if (!isInCalendar(d)) throw new ApiError('VALIDATION', `${d} is outside the planning calendar (2026–2028)`);
  }
  const days = dateRange(r.from, r.to).length;
  if (days > MAX_PUBLISH_DAYS) throw new ApiError('VALIDATION', `A plan pack covers at most ${MAX_PUBLISH_DAYS} days (asked for ${days})`);
  const entries = store.read.diary(r.from, r.to);
  if (entries.length === 0) {
    throw new ApiError(
      'VALIDATION',
      `Nothing to publish: no jobs are placed between ${r.from} and ${r.to}. Place jobs in the diary first, or choose another range`,
      { empty: true },
    );
  }
  return entries;
}
