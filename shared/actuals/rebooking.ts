// Rebooking: every NO_ACCESS, ABORTIVE or FURTHER_WORK visit leaves the job (or, for further
// work, its follow-on job) to be booked again, with a deadline by policy: the SLA clock
// continues from when the job was raised, or restarts when the failed visit ended. Derived from
// the job's current visits, so a corrected row or an undo never leaves a stale item behind.
import type { Job, SlaPolicy } from '../domain/types';
import { slaDeadline } from '../sla/deadline';
import { protectedCategories, type CategoryJob } from './categories';
import { FAILED_OUTCOMES, type ActualsPolicy, type ClockPolicy, type Outcome, type RebookOutcome } from './schemas';

export interface VisitRecord {
  id: number;
  ref: string;
  date: string;
  arrived: string | null;
  left: string | null;
  outcome: Outcome;
  reason: string | null;
}

export interface FollowOnLink {
  origin_ref: string;
  origin_date: string;
}

export type RebookingJob = CategoryJob & Pick<Job, 'ref' | 'status' | 'raised_at'>;

export interface RebookingItem {
  ref: string;
  /** Why it needs booking: the outcome of the visit that opened the item. */
  outcome: RebookOutcome;
  reason: string | null;
  /** Date of that visit. */
  failed_on: string;
  /** UK wall-clock 'YYYY-MM-DDTHH:MM', or null when the priority has no SLA target. */
  deadline: string | null;
  clock: ClockPolicy;
  /** Failed visits so far (NO_ACCESS and ABORTIVE). */
  attempts: number;
  no_access_attempts: number;
  /** The no-access policy's limit is reached: the supervisor owns the next step. */
  escalated: boolean;
  owner: 'planner' | 'supervisor';
  /** Categories of this job the policy never cancels for no access. */
  protected_categories: string[];
  follow_on_of: string | null;
  /** Where it is booked again in the live diary, if it is. */
  booked: { operative_id: string; date: string } | null;
}

/** When a visit ended (or began, if the leaving time is missing), as UK wall-clock. */
export function visitEnd(v: Pick<VisitRecord, 'date' | 'arrived' | 'left'>): string {
  return `${v.date}T${v.left ?? v.arrived ?? '00:00'}`;
}

/** The deadline a rebooking must meet: the job's own SLA deadline, or one restarted at the failed visit. */
export function rebookingDeadline(
  job: Pick<Job, 'raised_at' | 'priority'>,
  failed: Pick<VisitRecord, 'date' | 'arrived' | 'left'>,
  clock: ClockPolicy,
  sla: SlaPolicy,
): string | null {
  try {
    return slaDeadline(clock === 'restart' ? visitEnd(failed) : job.raised_at, job.priority, sla);
  } catch {
    return null; // no target for this priority
  }
}

const OPEN = new Set(['open', 'in_progress']);
const byTime = (a: VisitRecord, b: VisitRecord) =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : (a.arrived ?? '') < (b.arrived ?? '')
        ? -1
        : (a.arrived ?? '') > (b.arrived ?? '')
          ? 1
          : a.id - b.id;

/** Current visits of one job in the order they happened. */
export function inVisitOrder<T extends VisitRecord>(visits: readonly T[]): T[] {
  return [...visits].sort(byTime);
}

export interface RebookingInput {
  job: RebookingJob;
  /** The job's current (not superseded) visits, any order. */
  visits: readonly VisitRecord[];
  followOnOf: FollowOnLink | null;
  placement: { operative_id: string; date: string } | null;
  policy: ActualsPolicy;
  sla: SlaPolicy;
}

/** The job's open rebooking item, or null when nothing needs booking. */
export function rebookingItemFor({ job, visits, followOnOf, placement, policy, sla }: RebookingInput): RebookingItem | null {
  if (!OPEN.has(job.status)) return null;
  const ordered = inVisitOrder(visits);
  const latest = ordered[ordered.length - 1];
  let opened: { outcome: RebookOutcome; date: string; reason: string | null; deadline: string | null; clock: ClockPolicy };
  if (latest) {
    if (latest.outcome !== 'NO_ACCESS' && latest.outcome !== 'ABORTIVE') return null; // completed, cancelled, or handed to a follow-on
    const clock = policy.sla_clock[latest.outcome];
    opened = {
      outcome: latest.outcome,
      date: latest.date,
      reason: latest.reason,
      deadline: rebookingDeadline(job, latest, clock, sla),
      clock,
    };
  } else if (followOnOf) {
    // A follow-on job carries its clock in its raised time (set by policy when it was created).
    const clock = policy.sla_clock.FURTHER_WORK;
    opened = {
      outcome: 'FURTHER_WORK',
      date: followOnOf.origin_date,
      reason: null,
      deadline: rebookingDeadline(job, { date: followOnOf.origin_date, arrived: null, left: null }, 'continue', sla),
      clock,
    };
  } else return null;
  const attempts = ordered.filter((v) => FAILED_OUTCOMES.includes(v.outcome)).length;
  const noAccess = ordered.filter((v) => v.outcome === 'NO_ACCESS').length;
  const escalated = noAccess >= policy.no_access.escalate_after;
  return {
    ref: job.ref,
    outcome: opened.outcome,
    reason: opened.reason,
    failed_on: opened.date,
    deadline: opened.deadline,
    clock: opened.clock,
    attempts,
    no_access_attempts: noAccess,
    escalated,
    owner: escalated ? 'supervisor' : 'planner',
    protected_categories: protectedCategories(job, policy.no_access.never_cancel),
    follow_on_of: followOnOf?.origin_ref ?? null,
    booked: placement,
  };
}

/** The queue order: earliest deadline first (no deadline last), then the oldest failure, then ref. */
export function byDeadline(a: RebookingItem, b: RebookingItem): number {
  const da = a.deadline ?? '\uffff';
  const db = b.deadline ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  if (a.failed_on !== b.failed_on) return a.failed_on < b.failed_on ? -1 : 1;
  return a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0;
}

export type CancelDecision = { ok: true } | { ok: false; message: string };

/**
 * The no-access policy's answer to "cancel this job for no access": never for a protected
 * category, and only once the job has reached the attempts that escalate it to the supervisor.
 */
export function cancelForNoAccess(item: RebookingItem, policy: ActualsPolicy): CancelDecision {
  if (item.protected_categories.length > 0) {
    return {
      ok: false,
      message: `${item.ref} is ${item.protected_categories.join(' and ')} work: never cancelled for no access. Keep rebooking it; after ${policy.no_access.escalate_after} attempts the supervisor owns the next step (e.g. a forced-entry or legal route)`,
    };
  }
  if (!item.escalated) {
    const n = item.no_access_attempts;
    return {
      ok: false,
      message: `${item.ref} has had ${n} no-access visit${n === 1 ? '' : 's'}: it can be cancelled for no access only after ${policy.no_access.escalate_after}, once the supervisor has it`,
    };
  }
  return { ok: true };
}
