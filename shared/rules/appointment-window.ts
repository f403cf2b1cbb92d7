// The job must start inside its appointment window and finish by the window's end, given the
// day's sequence and travel. 'ALL' means "any time in the shift", which the shift rules own.
// Inserting a job mid-day can push later visits out of their windows: those knock-ons are
// reported too, but only where the visit was inside its window before this job was added.
import type { DayPlan, PlannedVisit } from '../plan/day-plan';
import { defineRule } from './define';
import { formatClock, formatDuration } from './format';

interface Miss {
  visit: PlannedVisit;
  knockOn: boolean;
}

function misses(v: PlannedVisit): boolean {
  return v.window.kind !== 'ALL' && v.end_min > v.window.end;
}

function missedBefore(base: DayPlan, ref: string): boolean {
  for (const v of base.visits) if (v.ref === ref) return misses(v);
  return false;
}

function windowText(v: PlannedVisit): string {
  const span = `${formatClock(v.window.start)}–${formatClock(v.window.end)}`;
  return v.window.kind === 'RANGE' ? `appointment window ${span}` : `${v.window.label} window (${span})`;
}

export const appointmentWindow = defineRule({
  id: 'appointment-window',
  name: 'Appointment window',
  description: 'Given the sequence and travel, the job starts inside its window and finishes by its end.',
  owner: 'planner',
  severity: 'hard',
  stage: 'plan',
  find: ({ plan, visit, basePlan }) => {
    let out: Miss[] | null = misses(visit) ? [{ visit, knockOn: false }] : null;
    // Only visits after this one can move, and only when it was not appended at the end.
    for (let i = plan.visits.indexOf(visit) + 1; i < plan.visits.length; i++) {
      const v = plan.visits[i]!;
      if (misses(v) && !missedBefore(basePlan, v.ref)) (out ??= []).push({ visit: v, knockOn: true });
    }
    return out;
  },
  reason: ({ visit: v, knockOn }, { job }) => {
    const win = windowText(v);
    if (knockOn) {
      return `Putting ${job.ref} here pushes ${v.ref} to ${formatClock(v.start_min)}–${formatClock(v.end_min)}, past the end of its ${win}`;
    }
    if (v.job.duration_min > v.window.end - v.window.start) {
      return `${v.ref} takes ${formatDuration(v.job.duration_min)}, longer than its ${win}`;
    }
    const booked = v.fixed_start_min !== null && v.start_min === v.fixed_start_min ? ` (booked for ${formatClock(v.fixed_start_min)})` : '';
    if (v.start_min >= v.window.end) {
      return `${v.ref} could not start until ${formatClock(v.start_min)}${booked}, after its ${win} closes`;
    }
    return `${v.ref} would start at ${formatClock(v.start_min)}${booked} and finish at ${formatClock(v.end_min)}, past the end of its ${win}`;
  },
});
