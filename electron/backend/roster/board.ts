// The roster data `diary/get-board` carries: every pattern, and the overrides on the board's
// dates plus on any date with a diary entry (dependency checks time jobs outside the range),
// so the board's PlanningWorld resolves exactly the days the backend does.
import type { DiaryEntry } from '../../../shared/domain/types';
import type { RosterOverride, RosterPattern } from '../../../shared/roster';
import type { Store } from '../store/store';
import { readOverrides, readPatterns } from '../store/roster';

export function boardRoster(
  store: Store,
  dates: readonly string[],
  entries: readonly DiaryEntry[],
): { patterns: RosterPattern[]; days: RosterOverride[] } {
  const wanted = new Set(dates);
  for (const e of entries) wanted.add(e.date);
  return { patterns: readPatterns(store), days: readOverrides(store).filter((o) => wanted.has(o.date)) };
}
