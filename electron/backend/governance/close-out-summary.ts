// The end-of-day close-out summary per team and date (issue 15), built from actuals: completions
// against the version in force (done, not done, not recorded, worked without being planned),
// carry-overs (what was not done and where it is now), the rebookings the day's failures opened
// by deadline, the day's deviations, and tomorrow's flags. Read only.
import type { Deviation } from '../../../shared/governance/deviations';
import { versionInForce } from '../../../shared/actuals';
import { rebookingQueue } from '../actuals/rebooking';
import { slaPolicyOf } from '../sla/policy';
import { deadlineOf } from '../sla/deadlines';
import { currentActualsBetween } from '../store/actuals/actual-rows';
import { plannedDay, versionSpans } from '../store/actuals/version-rows';
import type { Store } from '../store/store';
import { deviationLog } from './deviation-log';
import { teamOperatives } from './team-scope';
import { tomorrowFlags, type TomorrowFlag } from './close-out-tomorrow';

export interface CloseOutVisitLine {
  ref: string;
  trade: string;
  priority: string;
  /** Planned operative and start (version in force); null when worked without being planned. */
  planned: { operative_id: string; start: string } | null;
  /** Who recorded it and how; null when nothing is recorded for the day yet. */
  actual: { operative_id: string; arrived: string | null; left: string | null } | null;
  /** COMPLETED, NO_ACCESS, …; null when not recorded. */
  outcome: string | null;
  reason: string | null;
}

export interface CloseOutSummary {
  date: string;
  team: string | null;
  version: number | null;
  /** Why there is nothing to compare with (no version in force), else null. */
  message: string | null;
  totals: { planned: number; completed: number; not_done: number; not_recorded: number; unplanned: number };
  operatives: {
    id: string;
    name: string;
    planned: number;
    completed: number;
    not_done: number;
    not_recorded: number;
    unplanned: number;
  }[];
  visits: CloseOutVisitLine[];
  carry_overs: {
    ref: string;
    priority: string;
    outcome: string | null;
    reason: string | null;
    /** Where the job is booked now in the live diary (after the day), or null when it is not rebooked. */
    booked: { operative_id: string; date: string } | null;
    status: string;
    deadline: string | null;
  }[];
  priority_rebookings: {
    ref: string;
    priority: string;
    /** Hours-based priority (emergency, urgent): rebook first. */
    urgent: boolean;
    outcome: string;
    reason: string | null;
    deadline: string | null;
    attempts: number;
    escalated: boolean;
    owner: string;
    follow_on_of: string | null;
    booked: { operative_id: string; date: string } | null;
  }[];
  deviations: Pick<Deviation, 'key' | 'ref' | 'kind' | 'decided_by' | 'reason' | 'within_policy' | 'silent_override'>[];
  tomorrow: { date: string; flags: TomorrowFlag[] };
}

const DONE = 'COMPLETED';

export function closeOutSummary(store: Store, date: string, team: string | null): CloseOutSummary {
  const ops = teamOperatives(store, date, team);
  const ids = new Set(ops.map((o) => o.id));
  const jobs = new Map(store.read.jobs().map((j) => [j.ref, j]));
  const sla = slaPolicyOf(store);
  const urgent = new Set(sla.categories.filter((c) => c.unit === 'hours').map((c) => c.priority));
  const choice = versionInForce(versionSpans(store), date, null);
  const version = choice.ok ? choice.version : null;
  const recorded = new Map(currentActualsBetween(store, date, date).map((a) => [a.ref, a]));

  const visits: CloseOutVisitLine[] = [];
  const line = (ref: string, planned: CloseOutVisitLine['planned']): CloseOutVisitLine => {
    const a = recorded.get(ref);
    const job = jobs.get(ref);
    return {
      ref,
      trade: job?.trade ?? '',
      priority: job?.priority ?? '',
      planned,
      actual: a ? { operative_id: a.operative_id, arrived: a.arrived, left: a.left } : null,
      outcome: a?.outcome ?? null,
      reason: a?.reason ?? null,
    };
  };
  const plannedRefs = new Set<string>();
  if (version !== null)
    for (const o of ops)
      for (const p of plannedDay(store, version, o.id, date)) {
        plannedRefs.add(p.ref);
        visits.push(line(p.ref, { operative_id: o.id, start: p.start.slice(11, 16) }));
      }
  for (const a of recorded.values()) if (ids.has(a.operative_id) && !plannedRefs.has(a.ref)) visits.push(line(a.ref, null));

  const count = (list: CloseOutVisitLine[]) => ({
    planned: list.filter((v) => v.planned).length,
    completed: list.filter((v) => v.planned && v.outcome === DONE).length,
    not_done: list.filter((v) => v.planned && v.outcome !== null && v.outcome !== DONE).length,
    not_recorded: list.filter((v) => v.planned && v.outcome === null).length,
    unplanned: list.filter((v) => !v.planned).length,
  });
  const whose = (v: CloseOutVisitLine) => v.planned?.operative_id ?? v.actual?.operative_id;

  const carry_overs = visits
    .filter((v) => v.outcome !== DONE)
    .map((v) => {
      const job = jobs.get(v.ref);
      const entry = store.read.diaryEntry(v.ref);
      return {
        ref: v.ref,
        priority: v.priority,
        outcome: v.outcome,
        reason: v.reason,
        booked: entry && entry.date > date ? { operative_id: entry.operative_id, date: entry.date } : null,
        status: job?.status ?? 'unknown',
        deadline: job ? deadlineOf(job, sla) : null,
      };
    });

  const dayRefs = new Set(visits.map((v) => v.ref));
  const priority_rebookings = rebookingQueue(store)
    .filter((i) => i.failed_on === date && (dayRefs.has(i.ref) || (i.follow_on_of !== null && dayRefs.has(i.follow_on_of))))
    .map((i) => {
      const priority = jobs.get(i.ref)?.priority ?? '';
      return {
        ref: i.ref,
        priority,
        urgent: urgent.has(priority),
        outcome: i.outcome,
        reason: i.reason,
        deadline: i.deadline,
        attempts: i.attempts,
        escalated: i.escalated,
        owner: i.owner,
        follow_on_of: i.follow_on_of,
        booked: i.booked,
      };
    })
    // Urgent first; within each group by deadline (the queue's order; the sort is stable).
    .sort((a, b) => Number(b.urgent) - Number(a.urgent));

  const deviations = deviationLog(store, date, date)
    .filter((d) => ids.has(d.actual?.operative_id ?? '') || ids.has(d.planned?.operative_id ?? ''))
    .map((d) => ({
      key: d.key,
      ref: d.ref,
      kind: d.kind,
      decided_by: d.decided_by,
      reason: d.reason,
      within_policy: d.within_policy,
      silent_override: d.silent_override,
    }));

  return {
    date,
    team,
    version,
    message: choice.ok ? null : choice.message,
    totals: count(visits),
    operatives: ops.map((o) => ({ id: o.id, name: o.name, ...count(visits.filter((v) => whose(v) === o.id)) })),
    visits,
    carry_overs,
    priority_rebookings,
    deviations,
    tomorrow: tomorrowFlags(store, date, ops, carry_overs),
  };
}
