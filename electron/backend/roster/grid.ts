// The roster grid: every operative's resolved day over a date range, with absences, bank
// holidays and emergency-cover gaps, for the roster view.
import { ApiError } from '../../../shared/api/errors';
import { dateRange } from '../../../shared/calendar/dates';
import { coverGaps, absentOn } from '../../../shared/coverage';
import { buildOperativeFacts } from '../../../shared/rules';
import { worldOf } from '../planning/world';
import type { Store } from '../store/store';
import { coverOf } from './cover';
import { readPatterns } from '../store/roster';

export const MAX_GRID_DAYS = 62;

export function checkRange(from: string, to: string, max = MAX_GRID_DAYS): string[] {
  if (from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
  const dates = dateRange(from, to);
  if (dates.length > max) throw new ApiError('VALIDATION', `at most ${max} days at a time (asked for ${dates.length})`);
  return dates;
}

export function rosterGrid(store: Store, from: string, to: string) {
  const dates = checkRange(from, to);
  const world = worldOf(store);
  const cover = coverOf(store);
  const operatives = [...world.operatives.values()].map((op) => {
    const facts = buildOperativeFacts(op, world);
    return {
      id: op.id,
      name: op.name,
      trades: op.trades.map((t) => t.trade),
      areas: op.areas,
      days: dates.map((date) => {
        const absence = absentOn(facts, date) ? facts.absences.find((a) => a.from <= date && date <= a.to)! : null;
        return {
          ...world.rosterDay(op, date),
          absence: absence && { id: absence.id ?? 0, kind: absence.kind, reason: absence.reason, from: absence.from, to: absence.to },
        };
      }),
    };
  });
  return {
    from,
    to,
    dates,
    holidays: dates.flatMap((date) => {
      const name = world.calendar.holidayNames.get(date);
      return name ? [{ date, name }] : [];
    }),
    operatives,
    patterns: readPatterns(store),
    cover: { rules: cover.rules, gaps: coverGaps(world, dates, cover.rules) },
    version: store.version,
  };
}
