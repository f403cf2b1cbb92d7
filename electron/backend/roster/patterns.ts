// Weekly patterns and rotations, applied to one or more operatives over a date range. Later
// patterns layer over earlier ones (see shared/roster/resolve.ts); removing one restores
// whatever lies beneath it.
import { ApiError } from '../../../shared/api/errors';
import { CALENDAR_LAST_DATE } from '../../../shared/calendar/bank-holidays';
import { addDays, dateRange } from '../../../shared/calendar/dates';
import type { Operative } from '../../../shared/domain/types';
import { RosterBook, daySpans, neighbourOverlap, patternProblem, type DaySpec, type RosterPattern } from '../../../shared/roster';
import type { Dropout } from '../../../shared/coverage';
import type { Store } from '../store/store';
import { requireCalendarDate, requireOperative } from './day-edit';
import { mutateRoster, type Affected } from './dropouts';
import type { ChangeRecorder } from '../store/change-recorder';
import { nextPatternId, patternToRow, readOverrides, readPatterns, readPattern } from '../store/roster';

export interface PatternRequest {
  operative_ids: string[];
  name: string;
  kind: RosterPattern['kind'];
  /** Rotation day 1; default `from`. */
  anchor?: string | undefined;
  from: string;
  to: string | null;
  days: DaySpec[];
}

/** First overlap across midnight the patterns would create for `op` in from..to, or null. */
function overlapIn(store: Store, op: Operative, patterns: readonly RosterPattern[], from: string, to: string): string | null {
  const book = new RosterBook({
    patterns,
    days: readOverrides(store, addDays(from, -1), addDays(to, 1)).filter((o) => o.operative_id === op.id),
  });
  // Only a day with an overnight span can run into its neighbour; checking those keeps it fast.
  for (const date of [addDays(from, -1), ...dateRange(from, to)]) {
    if (!daySpans(book.day(op, date)).some((s) => s.shift.overnight)) continue;
    const problem = neighbourOverlap(book, op, date);
    if (problem) return `${op.name}: ${problem}`;
  }
  return null;
}

/** A pattern request checked and turned into the rows it writes (nothing written yet). */
export interface PreparedPattern {
  created: RosterPattern[];
  label: string;
  affected: Affected;
}

/** Checks a request (operatives, dates, days, overnight overlaps) and builds its patterns; throws when refused. */
export function preparePattern(store: Store, req: PatternRequest): PreparedPattern {
  const ops = [...new Set(req.operative_ids)].map((id) => requireOperative(store, id));
  requireCalendarDate(req.from, 'from');
  if (req.to !== null) requireCalendarDate(req.to, 'to');
  if (req.to !== null && req.to < req.from) throw new ApiError('VALIDATION', `from ${req.from} is after to ${req.to}`);
  const problem = patternProblem(req.kind, req.days);
  if (problem) throw new ApiError('VALIDATION', `${req.name}: ${problem}`);
  const end = req.to ?? CALENDAR_LAST_DATE;
  let id = nextPatternId(store);
  const created: RosterPattern[] = ops.map((op) => ({
    id: id++,
    operative_id: op.id,
    name: req.name.trim(),
    kind: req.kind,
    anchor: req.anchor ?? req.from,
    from: req.from,
    to: req.to,
    days: req.days,
  }));
  for (const [i, op] of ops.entries()) {
    const clash = overlapIn(store, op, [...readPatterns(store, op.id), created[i]!], req.from, end);
    if (clash) throw new ApiError('VALIDATION', clash);
  }
  const who = ops.length === 1 ? ops[0]!.name : `${ops.length} operatives`;
  return {
    created,
    label: `Apply pattern "${req.name.trim()}" to ${who} from ${req.from}`,
    affected: { operatives: new Set(ops.map((o) => o.id)), from: req.from, to: end },
  };
}

/** Writes prepared patterns inside an open roster mutation (see mutateRoster). */
export function writePatterns(rec: ChangeRecorder, prepared: PreparedPattern): void {
  for (const p of prepared.created) rec.put('roster_patterns', patternToRow(p));
}

export function applyPattern(store: Store, req: PatternRequest): { patterns: RosterPattern[]; dropouts: Dropout[] } {
  const prepared = preparePattern(store, req);
  const { dropouts } = mutateRoster(store, prepared.label, prepared.affected, (rec) => writePatterns(rec, prepared));
  return { patterns: prepared.created, dropouts };
}

export function deletePattern(store: Store, id: number): { id: number; dropouts: Dropout[] } {
  const p = readPattern(store, id);
  if (!p) throw new ApiError('NOT_FOUND', `No roster pattern with id ${id}`);
  const label = `Remove pattern "${p.name}" from ${requireOperative(store, p.operative_id).name}`;
  const { dropouts } = mutateRoster(
    store,
    label,
    { operatives: new Set([p.operative_id]), from: p.from, to: p.to ?? CALENDAR_LAST_DATE },
    (rec) => {
      rec.delete('roster_patterns', { id });
    },
  );
  return { id, dropouts };
}
