// SLA deadlines from a job's raised time and priority. Deadlines are UK wall-clock strings
// ('YYYY-MM-DDTHH:MM') because that is what planners read and what the diary is laid out in.
import type { SlaPolicy, SlaTarget } from '../domain/types';
import { DEFAULT_CALENDAR, addWorkingDays, type WorkingCalendar } from '../calendar/working-days';
import { localToInstant, parseInstant, toLocal } from './local-time';

/** Working-day targets end with the working day itself, not at office close. */
export const END_OF_WORKING_DAY = '23:59';

/** The policy's target for a priority (first match wins); unknown priorities throw. */
export function slaTargetFor(priority: string, policy: SlaPolicy): SlaTarget {
  const target = policy.categories.find((c) => c.priority === priority);
  if (!target) throw new Error(`no SLA target for priority "${priority}"`);
  if (!Number.isFinite(target.value) || target.value <= 0) {
    throw new Error(`SLA target for priority "${priority}" must be a positive number, got ${target.value}`);
  }
  return target;
}

/**
 * Deadline as UK wall-clock 'YYYY-MM-DDTHH:MM'.
 * - hours: the raised instant plus `value` real hours (so 24 h across a clock change is still
 *   24 elapsed hours), shown in local time; fractional hours allowed, seconds truncated.
 * - working_days: the value-th working day after the local raised date, at 23:59. A fractional
 *   value is rounded up: part of a working day still ends with that day.
 */
export function slaDeadline(raisedAt: string, priority: string, policy: SlaPolicy, cal: WorkingCalendar = DEFAULT_CALENDAR): string {
  const target = slaTargetFor(priority, policy);
  const raised = parseInstant(raisedAt);
  if (target.unit === 'hours') {
    const due = toLocal(raised + Math.round(target.value * 3_600_000));
    return `${due.date}T${due.time}`;
  }
  const dueDate = cachedAddWorkingDays(toLocal(raised).date, Math.ceil(target.value), cal);
  return `${dueDate}T${END_OF_WORKING_DAY}`;
}

// Thousands of jobs share a few hundred raised dates: stepping through the calendar once per
// (date, days) pair instead of once per job makes a 5,000-job list ~50× cheaper to compute.
const workingDayCache = new WeakMap<WorkingCalendar, Map<string, string>>();
function cachedAddWorkingDays(date: string, n: number, cal: WorkingCalendar): string {
  let byKey = workingDayCache.get(cal);
  if (!byKey) workingDayCache.set(cal, (byKey = new Map()));
  const key = `${date}|${n}`;
  let due = byKey.get(key);
  if (due === undefined) {
    due = addWorkingDays(date, n, cal);
    byKey.set(key, due);
  }
  return due;
}

/**
 * Whole minutes from `nowLocal` to `deadline` (both UK wall-clock); negative once breached.
 * Measured in real elapsed time, so a clock change inside the window is accounted for.
 */
export function slaMinutesLeft(deadline: string, nowLocal: string): number {
  const ms = parseInstant(deadline, 'deadline') - parseInstant(nowLocal, 'now');
  return Math.floor(ms / 60_000) + 0; // + 0 turns -0 into 0
}

/** True when work finishing at finishDate finishHHMM (UK local) is after the deadline; on time is not a breach. */
export function isBreached(deadline: string, finishDate: string, finishHHMM: string): boolean {
  return localToInstant(finishDate, finishHHMM) > parseInstant(deadline, 'deadline');
}
