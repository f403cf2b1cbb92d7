// One visit, plan against actual: the planned side comes from the version in force (its frozen
// diary and the job and operative as published), the actual side from the visit record.
import { parseHHMM, toEpochDay } from '../calendar/dates';
import { parseWindow } from '../plan/window';
import { localToInstant, parseInstant } from '../sla/local-time';
import type { ActualInput, Outcome } from './schemas';

const DAY = 24 * 60;

export interface PlannedSide {
  operative_id: string;
  date: string;
  /** UK wall-clock 'YYYY-MM-DDTHH:MM' (as frozen in the version). */
  start: string;
  end: string;
}

export interface VisitInput {
  /** The visit as recorded, with the version in force it is compared against. */
  actual: Pick<ActualInput, 'ref' | 'operative_id' | 'date' | 'arrived' | 'left' | 'outcome' | 'reason'> & { version: number };
  planned: PlannedSide | null;
  /** The job as published in that version. */
  job: { trade: string; priority: string; window: string };
  /** The planned operative's shift as published (an ALL window means "within the shift"). */
  plannedShift: { shift_start: string; shift_end: string } | null;
  /** Team of the operative who made the visit. */
  team: string;
  /** The deadline in force when the visit was made (SLA, or a restarted rebooking deadline). */
  deadline: string | null;
  /** The job's first visit ever, and the job is not a follow-on. */
  firstVisit: boolean;
}

export interface VisitComparison {
  ref: string;
  version: number;
  outcome: Outcome;
  reason: string | null;
  trade: string;
  priority: string;
  team: string;
  planned: { operative_id: string; date: string; start: string; end: string; duration_min: number; window: string } | null;
  actual: { operative_id: string; date: string; arrived: string | null; left: string | null; duration_min: number | null };
  /** Minutes after the appointment window closed that the operative arrived (0 if in time); null without an arrival. */
  late_min: number | null;
  /** Arrived within the appointment window. */
  punctual: boolean | null;
  /** Arrival minus planned start, in minutes (across days if it was worked on another day). */
  start_delta_min: number | null;
  /** Actual minus planned time on site, in minutes (completed visits only). */
  duration_variance_min: number | null;
  deadline: string | null;
  /** Completed by the deadline in force (null unless completed with a deadline). */
  within_sla: boolean | null;
  first_visit: boolean;
  /** Worked by another operative or on another day than planned. */
  moved: boolean;
}

// A report compares thousands of visits over a few dozen dates and deadlines: convert each once.
const dayCache = new Map<string, number>();
function epochDay(date: string): number {
  let d = dayCache.get(date);
  if (d === undefined) {
    d = toEpochDay(date);
    if (dayCache.size > 10_000) dayCache.clear();
    dayCache.set(date, d);
  }
  return d;
}
const deadlineCache = new Map<string, number>();
/** Finishing at `date` `hhmm` (UK local) is on time for `deadline` (finishing exactly on it is). */
function byDeadline(deadline: string, date: string, hhmm: string): boolean {
  let due = deadlineCache.get(deadline);
  if (due === undefined) {
    due = parseInstant(deadline, 'deadline');
    if (deadlineCache.size > 10_000) deadlineCache.clear();
    deadlineCache.set(deadline, due);
  }
  return localToInstant(date, hhmm) <= due;
}

/** Absolute minutes of a 'YYYY-MM-DDTHH:MM' reading. */
function absOf(stamp: string): number {
  return epochDay(stamp.slice(0, 10)) * DAY + parseHHMM(stamp.slice(11, 16));
}
const absAt = (date: string, hhmm: string) => epochDay(date) * DAY + parseHHMM(hhmm);

export function compareVisit(v: VisitInput): VisitComparison {
  const a = v.actual;
  const p = v.planned;
  const arrivedAbs = a.arrived === null ? null : absAt(a.date, a.arrived);
  const actualMin = a.arrived !== null && a.left !== null ? parseHHMM(a.left) - parseHHMM(a.arrived) : null;

  let planned: VisitComparison['planned'] = null;
  let late: number | null = null;
  let punctual: boolean | null = null;
  let startDelta: number | null = null;
  let variance: number | null = null;
  if (p) {
    const startAbs = absOf(p.start);
    const plannedMin = absOf(p.end) - startAbs;
    planned = {
      operative_id: p.operative_id,
      date: p.date,
      start: p.start.slice(11, 16),
      end: p.end.slice(11, 16),
      duration_min: plannedMin,
      window: v.job.window,
    };
    const w = parseWindow(v.job.window, v.plannedShift ?? { shift_start: '00:00', shift_end: '00:00' });
    const dayAbs = epochDay(p.date) * DAY;
    if (arrivedAbs !== null) {
      late = Math.max(0, arrivedAbs - (dayAbs + w.end));
      punctual = arrivedAbs >= dayAbs + w.start && arrivedAbs <= dayAbs + w.end;
      startDelta = arrivedAbs - startAbs;
    }
    // Time on site against the plan says something only for work finished on the visit.
    if (actualMin !== null && a.outcome === 'COMPLETED') variance = actualMin - plannedMin;
  }
  const within = a.outcome === 'COMPLETED' && v.deadline !== null && a.left !== null ? byDeadline(v.deadline, a.date, a.left) : null;
  return {
    ref: a.ref,
    version: a.version,
    outcome: a.outcome,
    reason: a.reason,
    trade: v.job.trade,
    priority: v.job.priority,
    team: v.team,
    planned,
    actual: { operative_id: a.operative_id, date: a.date, arrived: a.arrived, left: a.left, duration_min: actualMin },
    late_min: late,
    punctual,
    start_delta_min: startDelta,
    duration_variance_min: variance,
    deadline: v.deadline,
    within_sla: within,
    first_visit: v.firstVisit,
    moved: p !== null && (p.operative_id !== a.operative_id || p.date !== a.date),
  };
}
