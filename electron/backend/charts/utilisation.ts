// Utilisation per operative per day from the diary's timed day plans (the same plans the
// board and the rules use): work, travel and idle minutes of each shift.
import { ApiError } from '../../../shared/api/errors';
import { dateRange } from '../../../shared/calendar/dates';
import { dayUse } from '../../../shared/charts';
import { BLOCKED } from '../../../shared/rules';
import type { Store } from '../store/store';
import { indexOf } from '../planning/world';

const MAX_DAYS = 31;

export function utilisation(store: Store, from: string, to: string) {
  if (from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
  const dates = dateRange(from, to);
  if (dates.length > MAX_DAYS) throw new ApiError('VALIDATION', `charts cover at most ${MAX_DAYS} days (asked for ${dates.length})`);
  const index = indexOf(store);
  const rows = [];
  for (const op of index.world.operatives.values()) {
    for (const date of dates) {
      const plan = index.basePlan(op, date);
      // A day off (or absence) counts only if someone placed work on it anyway.
      const working = index.dayStatus(op, date) !== BLOCKED || plan.visits.length > 0;
      const use = working ? dayUse(plan) : { work_min: 0, travel_min: 0, idle_min: 0, overrun_min: 0 };
      rows.push({ operative_id: op.id, name: op.name, date, working, jobs: plan.visits.length, ...use });
    }
  }
  return { dates, rows };
}
