// The start-of-day briefing per team and date (issue 15): the day's diary in short, absences and
// restrictions, priority jobs to watch, exceptions (unplaced emergencies, SLA at risk, locked
// visits in conflict) and the priority changes the supervisor must hear of before they take
// effect on the published plan (pending, or made since the latest publication).
import type { Job } from '../../../shared/domain/types';
import { slaPolicyOf } from '../sla/policy';
import { deadlineOf } from '../sla/deadlines';
import { latestVersion } from '../store/pack-versions';
import { listChangeRequests, listLocks } from '../store/governance/change-rows';
import { teamOperatives } from './team-scope';
import type { Store } from '../store/store';

export interface Briefing {
  date: string;
  team: string | null;
  operatives: {
    id: string;
    name: string;
    visits: { ref: string; start: string | null; trade: string; priority: string; address: string; locked: string | null }[];
  }[];
  absences: { operative_id: string; name: string; from: string; to: string; kind: string; reason: string }[];
  restrictions: { operative_id: string; name: string; flag: string; scope: string; until: string | null; note: string }[];
  watch: { ref: string; priority: string; operative_id: string; deadline: string | null }[];
  exceptions: { kind: 'unplaced-emergency' | 'sla-at-risk' | 'locked-conflict'; ref: string; message: string }[];
  priority_changes: {
    ref: string;
    from: string | null;
    to: string | null;
    state: string;
    requested_by: string;
    reason: string;
    operative_id: string | null;
  }[];
}

export function briefing(store: Store, date: string, team: string | null): Briefing {
  const ops = teamOperatives(store, date, team);
  const ids = new Set(ops.map((o) => o.id));
  const name = new Map(ops.map((o) => [o.id, o.name]));
  const jobs = new Map(store.read.jobs().map((j) => [j.ref, j]));
  const locks = new Map(listLocks(store).map((l) => [l.job_ref, l.lock]));
  const policy = slaPolicyOf(store);
  const urgent = new Set(policy.categories.filter((c) => c.unit === 'hours').map((c) => c.priority));
  const day = store.read.diary(date, date).filter((e) => ids.has(e.operative_id));
  const absences = store.read.absences().filter((a) => ids.has(a.operative_id) && a.from <= date && a.to >= date);
  const absent = new Set(absences.map((a) => a.operative_id));
  const job = (ref: string) => jobs.get(ref) as Job;

  const exceptions: Briefing['exceptions'] = [];
  for (const j of jobs.values()) {
    if (urgent.has(j.priority) && ['open', 'in_progress'].includes(j.status) && !store.read.diaryEntry(j.ref))
      exceptions.push({
        kind: 'unplaced-emergency',
        ref: j.ref,
        message: `${j.ref} ${j.priority} ${j.trade} at ${j.address} is not planned`,
      });
  }
  for (const e of day) {
    const deadline = deadlineOf(job(e.job_ref), policy);
    if (deadline && deadline.slice(0, 10) <= date)
      exceptions.push({
        kind: 'sla-at-risk',
        ref: e.job_ref,
        message: `${e.job_ref} SLA deadline ${deadline.replace('T', ' ').slice(0, 16)}`,
      });
    if (locks.has(e.job_ref) && absent.has(e.operative_id))
      exceptions.push({
        kind: 'locked-conflict',
        ref: e.job_ref,
        message: `${e.job_ref} is ${locks.get(e.job_ref)}-locked on ${name.get(e.operative_id)}, who is absent`,
      });
  }

  const since = latestVersion(store)?.created_at ?? null;
  const placedOn = (ref: string) => store.read.diaryEntry(ref)?.operative_id ?? null;
  const priority_changes = listChangeRequests(store)
    .filter((r) => r.kind === 'change-priority' && r.state !== 'rejected')
    .filter((r) => r.state === 'pending' || since === null || (r.decided_at ?? r.requested_at) > since)
    .filter((r) => {
      const op = placedOn(r.ref);
      return op !== null && ids.has(op);
    })
    .reverse()
    .map((r) => ({
      ref: r.ref,
      from: r.from_priority,
      to: r.to_priority,
      state: r.state,
      requested_by: r.requested_by,
      reason: r.reason,
      operative_id: placedOn(r.ref),
    }));

  return {
    date,
    team,
    operatives: ops.map((o) => ({
      id: o.id,
      name: o.name,
      visits: day
        .filter((e) => e.operative_id === o.id)
        .map((e) => ({
          ref: e.job_ref,
          start: e.start,
          trade: job(e.job_ref).trade,
          priority: job(e.job_ref).priority,
          address: job(e.job_ref).address,
          locked: locks.get(e.job_ref) ?? null,
        })),
    })),
    absences: absences.map((a) => ({
      operative_id: a.operative_id,
      name: name.get(a.operative_id) ?? a.operative_id,
      from: a.from,
      to: a.to,
      kind: a.kind,
      reason: a.reason,
    })),
    restrictions: store.read
      .flags()
      .filter((f) => ids.has(f.operative_id) && (f.until === null || f.until >= date))
      .map((f) => ({
        operative_id: f.operative_id,
        name: name.get(f.operative_id) ?? f.operative_id,
        flag: f.flag,
        scope: f.scope,
        until: f.until,
        note: f.note,
      })),
    watch: day
      .filter((e) => urgent.has(job(e.job_ref).priority) || priority_changes.some((c) => c.ref === e.job_ref))
      .map((e) => ({
        ref: e.job_ref,
        priority: job(e.job_ref).priority,
        operative_id: e.operative_id,
        deadline: deadlineOf(job(e.job_ref), policy),
      })),
    exceptions,
    priority_changes,
  };
}
