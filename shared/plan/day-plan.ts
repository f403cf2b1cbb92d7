// One operative's day as a timed sequence: leave the start location at shift start, drive,
// wait for the window or booked time, work, move on, and finally drive home.
// Decision: the return leg counts as travel and as part of the day (day_end_min is the time the
// operative is back at the start location), so shift fit and overtime include the drive home.
import type { HHMM, IsoDate, Job, Operative } from '../domain/types';
import type { LatLon, TravelModel } from '../travel/model';
import { parseHHMM } from '../calendar/dates';
import { shiftBounds, windowWithin, type ShiftBounds, type TimeWindow } from './window';

/** A job in a day's sequence; `fixedStart` is a booked time the visit may not start before. */
export interface DayJob {
  job: Job;
  fixedStart?: HHMM | null;
}

/** All times are minutes since midnight of the plan's date (may exceed 1440 past midnight). */
export interface PlannedVisit {
  ref: string;
  job: Job;
  /** Drive from the previous job (or the start location for the first). */
  travel_min: number;
  arrival_min: number;
  /** max(arrival, window start, fixed start). */
  start_min: number;
  end_min: number;
  waiting_min: number;
  window: TimeWindow;
  fixed_start_min: number | null;
}

export interface DayPlan {
  operative_id: string;
  date: IsoDate;
  home: LatLon;
  shift: ShiftBounds;
  visits: readonly PlannedVisit[];
  shift_min: number;
  work_min: number;
  /** All driving, including the return leg. */
  travel_min: number;
  return_travel_min: number;
  waiting_min: number;
  /** When the last job finishes (shift start for an empty day). */
  last_end_min: number;
  /** Back at the start location: last_end_min + return_travel_min. */
  day_end_min: number;
  /** Minutes the day runs past shift end (0 when it fits). */
  overrun_min: number;
  /** (work + travel) ÷ shift length. */
  fill_ratio: number;
}

export function homeOf(operative: Operative): LatLon {
  return { lat: operative.start_lat, lon: operative.start_lon };
}

/** The next visit after finishing at `prevEnd` at `prev`. Shared by full and incremental builds. */
function nextVisit(
  prev: LatLon,
  prevEnd: number,
  job: Job,
  fixedStart: HHMM | null | undefined,
  shift: ShiftBounds,
  travel: TravelModel,
): PlannedVisit {
  const travel_min = travel.minutes(prev, job);
  const arrival_min = prevEnd + travel_min;
  const window = windowWithin(job.window, shift);
  const fixed_start_min = fixedStart ? parseHHMM(fixedStart) : null;
  let start_min = arrival_min > window.start ? arrival_min : window.start;
  if (fixed_start_min !== null && fixed_start_min > start_min) start_min = fixed_start_min;
  return {
    ref: job.ref,
    job,
    travel_min,
    arrival_min,
    start_min,
    end_min: start_min + job.duration_min,
    waiting_min: start_min - arrival_min,
    window,
    fixed_start_min,
  };
}

function closeDay(
  operative_id: string,
  date: IsoDate,
  home: LatLon,
  shift: ShiftBounds,
  visits: readonly PlannedVisit[],
  work_min: number,
  legs_min: number,
  waiting_min: number,
  travel: TravelModel,
): DayPlan {
  const last = visits[visits.length - 1];
  const return_travel_min = last ? travel.minutes(last.job, home) : 0;
  const last_end_min = last ? last.end_min : shift.start;
  const day_end_min = last_end_min + return_travel_min;
  const shift_min = shift.end - shift.start;
  const travel_min = legs_min + return_travel_min;
  return {
    operative_id,
    date,
    home,
    shift,
    visits,
    shift_min,
    work_min,
    travel_min,
    return_travel_min,
    waiting_min,
    last_end_min,
    day_end_min,
    overrun_min: Math.max(0, day_end_min - shift.end),
    fill_ratio: shift_min > 0 ? (work_min + travel_min) / shift_min : Infinity,
  };
}

/**
 * Times the jobs in the given order for `operative` on `date`. `shift` is the day's rostered
 * hours when known (the rule engine passes the resolved roster day); default: the operative's own.
 */
export function computeDayPlan(
  operative: Operative,
  date: IsoDate,
  jobs: readonly DayJob[],
  travel: TravelModel,
  shift: ShiftBounds = shiftBounds(operative),
): DayPlan {
  const home = homeOf(operative);
  const visits: PlannedVisit[] = [];
  let work = 0;
  let legs = 0;
  let waiting = 0;
  let at: LatLon = home;
  let t = shift.start;
  for (const item of jobs) {
    const v = nextVisit(at, t, item.job, item.fixedStart, shift, travel);
    visits.push(v);
    work += item.job.duration_min;
    legs += v.travel_min;
    waiting += v.waiting_min;
    at = item.job;
    t = v.end_min;
  }
  return closeDay(operative.id, date, home, shift, visits, work, legs, waiting, travel);
}

/**
 * The plan with one more job at the end, in O(1) travel look-ups: the live-drag fast path.
 * Gives exactly what computeDayPlan gives for the longer sequence (same step functions).
 */
export function appendToDayPlan(plan: DayPlan, item: DayJob, travel: TravelModel): DayPlan {
  return appendJob(plan, item.job, item.fixedStart, travel);
}

/** appendToDayPlan without the DayJob wrapper (saves an allocation per board cell). */
export function appendJob(plan: DayPlan, job: Job, fixedStart: HHMM | null | undefined, travel: TravelModel): DayPlan {
  const last = plan.visits[plan.visits.length - 1];
  const v = nextVisit(last ? last.job : plan.home, plan.last_end_min, job, fixedStart, plan.shift, travel);
  const visits = plan.visits.slice();
  visits.push(v);
  const legs = plan.travel_min - plan.return_travel_min + v.travel_min;
  return closeDay(
    plan.operative_id,
    plan.date,
    plan.home,
    plan.shift,
    visits,
    plan.work_min + job.duration_min,
    legs,
    plan.waiting_min + v.waiting_min,
    travel,
  );
}
