// The order the matrix puts work in: quadrant (Do first, Schedule, Defer, Drop), then impact
// high→low, effort low→high, then the earlier SLA deadline (none last), then ref, so the
// order is total and stable. Used for the unscheduled tray's sort and the scheduler's tie-break.
import { DEFAULT_MATRIX_SETTINGS, QUADRANTS, quadrantOf, type MatrixSettings, type Scored } from './quadrant';

export interface MatrixItem {
  ref: string;
  impact: number;
  effort: number;
  /** 'YYYY-MM-DDTHH:MM' UK local, or null/absent for none. */
  sla_deadline?: string | null;
}

export interface MatrixOrderOptions<T> {
  settings?: MatrixSettings;
  /** Where to read the deadline when items carry none (e.g. PlanningWorld.slaDeadline for Jobs). */
  deadlineOf?: (item: T) => string | null | undefined;
}

/** A comparator for Array#sort: negative when `a` comes first. */
export function matrixComparator<T extends MatrixItem>(opts: MatrixOrderOptions<T> = {}): (a: T, b: T) => number {
  const settings = opts.settings ?? DEFAULT_MATRIX_SETTINGS;
  const deadlineOf = opts.deadlineOf ?? ((x: T) => x.sla_deadline);
  return (a, b) =>
    QUADRANTS.indexOf(quadrantOf(a, settings)) - QUADRANTS.indexOf(quadrantOf(b, settings)) ||
    b.impact - a.impact ||
    a.effort - b.effort ||
    compareDeadlines(deadlineOf(a) ?? null, deadlineOf(b) ?? null) ||
    (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
}

/** matrixComparator with the default threshold, reading `sla_deadline` from the items. */
export const matrixOrder: (a: MatrixItem, b: MatrixItem) => number = matrixComparator<MatrixItem>();

function compareDeadlines(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1; // same fixed-width local format: string order is time order
}

/**
 * The matrix order as one number (lower = earlier): quadrant, then impact high to low, then
 * effort low to high. For code that needs a scalar, such as the scheduler's per-day tie-break
 * cost; agrees with matrixComparator up to its SLA-deadline and ref tie-breaks.
 */
export function matrixRank(item: Scored, settings: MatrixSettings = DEFAULT_MATRIX_SETTINGS): number {
  return QUADRANTS.indexOf(quadrantOf(item, settings)) * 100 + (5 - item.impact) * 10 + item.effort;
}
/** Largest value matrixRank can take (drop, impact 1, effort 5). */
export const MATRIX_RANK_MAX = 3 * 100 + 4 * 10 + 5;
