// Editing one operative's roster on one date: the day editor and the drag on the hours bar.
// The request describes the whole day (work hours or none, on call or not); null clears the
// overrides so the patterns apply again.
import { ApiError } from '../../../shared/api/errors';
import { addDays, formatShortDay } from '../../../shared/calendar/dates';
import { isInCalendar } from '../../../shared/calendar/working-days';
import type { Operative } from '../../../shared/domain/types';
import {
  RosterBook,
  dayRowsProblem,
  formatShift,
  neighbourOverlap,
  overrideRowProblem,
  type RosterDay,
  type RosterOverride,
  type Shift,
} from '../../../shared/roster';
import { operativeName } from '../planning/describe';
import type { ChangeRecorder } from '../store/change-recorder';
import type { Dropout } from '../../../shared/coverage';
import type { Store } from '../store/store';
import { mutateRoster } from './dropouts';
import { overrideToRow, overridesOn, readOverrides, readPatterns } from '../store/roster';

export interface DayRequest {
  work: Shift | null;
  /** true = on call (outside working hours); hours = on call for those hours. */
  on_call: boolean | Shift;
}

export function requireOperative(store: Store, id: string): Operative {
  const op = store.read.operative(id);
  if (!op) throw new ApiError('NOT_FOUND', `No operative with id ${id}`);
  return op;
}

export function requireCalendarDate(date: string, field = 'date'): void {
  if (!isInCalendar(date)) throw new ApiError('VALIDATION', `${field} ${date} is outside the planning calendar (2026–2028)`);
}

/** The override rows that express the requested day exactly. */
export function rowsFor(operativeId: string, date: string, day: DayRequest): RosterOverride[] {
  const rows: RosterOverride[] = [];
  if (day.work) rows.push({ operative_id: operativeId, date, kind: 'work', ...day.work });
  if (day.on_call === true) rows.push({ operative_id: operativeId, date, kind: 'on_call', start: null, end: null, overnight: false });
  else if (day.on_call) rows.push({ operative_id: operativeId, date, kind: 'on_call', ...day.on_call });
  if (rows.length === 0) rows.push({ operative_id: operativeId, date, kind: 'off', start: null, end: null, overnight: false });
  return rows;
}

/** Throws VALIDATION when the rows cannot stand: bad hours, clashing rows, overlap across midnight. */
export function checkDay(store: Store, op: Operative, date: string, rows: readonly RosterOverride[]): void {
  for (const r of rows) {
    const p = overrideRowProblem(r);
    if (p) throw new ApiError('VALIDATION', `${op.name}, ${date}: ${p.message}`);
  }
  const clash = dayRowsProblem(rows);
  if (clash) throw new ApiError('VALIDATION', `${op.name}, ${date}: ${clash}`);
  const others = readOverrides(store, addDays(date, -1), addDays(date, 1)).filter((o) => o.operative_id === op.id && o.date !== date);
  const book = new RosterBook({ patterns: readPatterns(store, op.id), days: [...others, ...rows] });
  const overlap = neighbourOverlap(book, op, date);
  if (overlap) throw new ApiError('VALIDATION', `${op.name}: ${overlap}`);
}

/** Replaces the stored overrides of one operative-date with `rows` (inside a mutation). */
export function writeDay(store: Store, rec: ChangeRecorder, operativeId: string, date: string, rows: readonly RosterOverride[]): void {
  const wanted = new Set(rows.map((r) => r.kind));
  for (const old of overridesOn(store, operativeId, date))
    if (!wanted.has(old.kind)) rec.delete('roster_days', { operative_id: operativeId, date, kind: old.kind });
  for (const r of rows) rec.put('roster_days', overrideToRow(r));
}

function describeDay(day: DayRequest | null): string {
  if (day === null) return 'back to pattern';
  const call = day.on_call === false ? '' : day.on_call === true ? ', on call' : `, on call ${formatShift(day.on_call)}`;
  return `${day.work ? formatShift(day.work) : 'off'}${call}`;
}

export function setDay(store: Store, operativeId: string, date: string, day: DayRequest | null): { day: RosterDay; dropouts: Dropout[] } {
  const op = requireOperative(store, operativeId);
  requireCalendarDate(date);
  const rows = day === null ? [] : rowsFor(op.id, date, day);
  if (day !== null) checkDay(store, op, date, rows);
  const label = `Roster: ${operativeName(store, op.id)}, ${formatShortDay(date)} ${describeDay(day)}`;
  const { dropouts } = mutateRoster(store, label, { operatives: new Set([op.id]), from: date, to: date }, (rec) =>
    writeDay(store, rec, op.id, date, rows),
  );
  const after = new RosterBook({ patterns: readPatterns(store, op.id), days: overridesOn(store, op.id, date) }).day(op, date);
  return { day: after, dropouts };
}
