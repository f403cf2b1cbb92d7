// Building a day's job order: from diary entries, and with a job dropped into it.
import type { DiaryEntry, Job } from '../domain/types';
import type { DayJob } from './day-plan';

function asDayJob(x: Job | DayJob): DayJob {
  return 'job' in x ? x : { job: x };
}

/**
 * A new sequence with `item` at `index` (default: the end). If the job is already in the day it
 * is moved, not duplicated, so a drag within a day reorders it. Out-of-range indexes clamp.
 */
export function insertIntoSequence(dayJobs: readonly DayJob[], item: Job | DayJob, index?: number): DayJob[] {
  const entry = asDayJob(item);
  const rest = dayJobs.filter((d) => d.job.ref !== entry.job.ref);
  const at = index === undefined ? rest.length : Math.max(0, Math.min(rest.length, Math.trunc(index)));
  rest.splice(at, 0, entry);
  return rest;
}

/**
 * One operative-day's diary entries in sequence order (ties by ref, so the order is stable).
 * Entries whose job is unknown are left out: without a duration they cannot be timed.
 */
export function dayJobsFromDiary(entries: readonly DiaryEntry[], jobOf: (ref: string) => Job | undefined): DayJob[] {
  const sorted = [...entries].sort((a, b) => a.sequence - b.sequence || (a.job_ref < b.job_ref ? -1 : a.job_ref > b.job_ref ? 1 : 0));
  const out: DayJob[] = [];
  for (const e of sorted) {
    const job = jobOf(e.job_ref);
    if (job) out.push({ job, fixedStart: e.start });
  }
  return out;
}

/** The diary's reading order: by date, then operative, then place in the day. */
export function byDiaryOrder(
  a: { date: string; operative_id: string; sequence: number },
  b: { date: string; operative_id: string; sequence: number },
): number {
  return cmp(a.date, b.date) || cmp(a.operative_id, b.operative_id) || a.sequence - b.sequence;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
