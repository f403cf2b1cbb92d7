// Hours of work due per day. A placed job counts on its diary day (once per operative booked
// on it). An unplaced open job's hours are spread evenly over the working days from
// max(range start, its raised date) to its SLA deadline, and the share falling inside the
// range is counted; a deadline already passed puts all of it on the range's first day; a job
// with no SLA target is spread to the range end. Spreading to the deadline (not the range
// end) keeps a day's figure the same whichever range end is asked for.
import { dateRange, weekdayOf } from '../calendar/dates';
import type { WorkingCalendar } from '../calendar/working-days';
import type { DiaryEntry, IsoDate, Job } from '../domain/types';
import { parseInstant, toLocal } from '../sla/local-time';

export const OPEN_STATUSES: ReadonlySet<Job['status']> = new Set(['open', 'in_progress']);
/** Placed jobs that no longer take anyone's time. */
const NOT_WORK: ReadonlySet<Job['status']> = new Set(['cancelled', 'archived']);

export interface DemandShare {
  date: IsoDate;
  min: number;
}

/** UK local date the job was raised (its raised_at may carry an offset). */
export function raisedDate(job: Pick<Job, 'raised_at'>): IsoDate {
  try {
    return toLocal(parseInstant(job.raised_at)).date;
  } catch {
    return job.raised_at.slice(0, 10);
  }
}

/** Working-day test that never throws outside the calendar (weekday rule only there). */
export function workingDayTest(cal: WorkingCalendar): (date: IsoDate) => boolean {
  const memo = new Map<string, boolean>();
  return (date) => {
    let w = memo.get(date);
    if (w === undefined) {
      w = cal.workingWeekdays.includes(weekdayOf(date)) && !cal.holidays.has(date);
      memo.set(date, w);
    }
    return w;
  };
}

/** Days a span spreads over: those inside the range, and how many there are in all. */
export interface SpreadSpan {
  inRange: IsoDate[];
  total: number;
}

/**
 * An unplaced job's hours by day inside [from, to] (see the header for the rule). Thousands of
 * jobs share a few hundred (start, deadline) spans, so pass a memo to walk each span once.
 */
export function spreadDemand(
  job: Job,
  deadline: string | null,
  from: IsoDate,
  to: IsoDate,
  isWorking: (d: IsoDate) => boolean,
  memo: Map<string, SpreadSpan> = new Map(),
): DemandShare[] {
  const raised = raisedDate(job);
  if (raised > to) return [];
  const due = deadline === null ? null : deadline.slice(0, 10);
  if (due !== null && due < from) return [{ date: from, min: job.duration_min }];
  const start = raised > from ? raised : from;
  const key = `${start}|${due ?? to}`;
  let span = memo.get(key);
  if (!span) {
    const all = dateRange(start, due ?? to);
    const working = all.filter(isWorking);
    const days = working.length > 0 ? working : all;
    span = { inRange: days.filter((d) => d <= to), total: days.length };
    memo.set(key, span);
  }
  const share = job.duration_min / span.total;
  return span.inRange.map((date) => ({ date, min: share }));
}

/** Placed work: minutes per diary entry inside the range, for jobs still to be done or done. */
export function placedDemand(
  entries: readonly DiaryEntry[],
  jobOf: (ref: string) => Job | undefined,
  from: IsoDate,
  to: IsoDate,
): { job: Job; date: IsoDate }[] {
  const out: { job: Job; date: IsoDate }[] = [];
  for (const e of entries) {
    if (e.date < from || e.date > to) continue;
    const job = jobOf(e.job_ref);
    if (job && !NOT_WORK.has(job.status)) out.push({ job, date: e.date });
  }
  return out;
}
