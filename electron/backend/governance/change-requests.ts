// Change requests against the published plan (issue 15). A request the policy allows is applied
// and logged in one undoable step; one that needs sign-off waits in the queue ("Sign-off") until
// the planner approves it (applied, one undoable step) or rejects it with a reason. Either answer
// is recorded on the request for the requester.
import { ApiError } from '../../../shared/api/errors';
import { CHANGE_KIND_LABELS, evaluateChange, type ChangeKind, type Lock } from '../../../shared/governance/change-policy';
import type { Role } from '../../../shared/governance/roles';
import { localToInstant } from '../../../shared/sla/local-time';
import { slaPolicyOf } from '../sla/policy';
import { logJobChange } from '../store/events';
import { currentUser } from '../identity';
import { resequence } from '../planning/placement';
import { moveWithin } from '../planning/moves';
import type { ChangeRecorder } from '../store/change-recorder';
import { changePolicy, getChangeRequest, lockOf, type ChangeRequestRow } from '../store/governance/change-rows';
import type { Store } from '../store/store';
import { acting } from './requester';

export interface ChangeAsk {
  ref: string;
  kind: ChangeKind;
  from_operative?: string | null | undefined;
  from_date?: string | null | undefined;
  to_operative?: string | null | undefined;
  to_date?: string | null | undefined;
  to_priority?: string | null | undefined;
  /** For a resequence: the position asked for in the day (0 = first). */
  to_sequence?: number | null | undefined;
  reason: string;
}

export interface Requester {
  name: string;
  role: Role;
  source: 'app' | 'csv';
}

type Planned = {
  ref: string;
  kind: ChangeKind;
  from_operative: string | null;
  from_date: string | null;
  to_operative: string | null;
  to_date: string | null;
  to_priority: string | null;
  from_priority: string;
  to_sequence: number | null;
};

/** Checks a request against the current plan; returns it with from/to filled in. Throws a specific error. */
export function planChange(store: Store, ask: ChangeAsk): Planned {
  const job = store.read.job(ask.ref);
  if (!job) throw new ApiError('NOT_FOUND', `${ask.ref}: no such job`);
  const entry = store.read.diaryEntry(ask.ref) ?? null;
  const where = entry ? `${entry.operative_id} on ${entry.date}` : 'not in the diary';
  if ((ask.from_operative && ask.from_operative !== entry?.operative_id) || (ask.from_date && ask.from_date !== entry?.date))
    throw new ApiError(
      'CONFLICT',
      `${ask.ref}: the plan has changed since (it is ${where}, not ${ask.from_operative ?? '?'} on ${ask.from_date ?? '?'})`,
    );
  const to_operative = ask.to_operative ?? entry?.operative_id ?? null;
  const to_date = ask.to_date ?? entry?.date ?? null;
  const need = (ok: boolean, msg: string) => {
    if (!ok) throw new ApiError('VALIDATION', `${ask.ref}: ${msg}`);
  };
  const planned = ['resequence', 'reassign-same-day', 'move-day'].includes(ask.kind);
  if (planned) need(entry !== null, `${CHANGE_KIND_LABELS[ask.kind].toLowerCase()} needs a planned visit (it is not in the diary)`);
  let to_sequence: number | null = null;
  if (ask.kind === 'resequence') {
    need(to_operative === entry?.operative_id && to_date === entry?.date, 'a resequence keeps the operative and day');
    const day = store.read.dayRefs(entry!.operative_id, entry!.date);
    need(ask.to_sequence != null, `give the position in the day (1 to ${day.length})`);
    need(ask.to_sequence! < day.length, `position ${ask.to_sequence! + 1} is past the end of the day (${day.length} visits)`);
    need(ask.to_sequence !== entry!.sequence, `it is already number ${entry!.sequence + 1} in the day`);
    to_sequence = ask.to_sequence!;
  }
  if (ask.kind === 'reassign-same-day')
    need(to_operative !== entry?.operative_id && to_date === entry?.date, 'give another operative (to_operative) and keep the day');
  if (ask.kind === 'move-day') need(to_date !== entry?.date, 'give another day (to_date)');
  if (ask.kind === 'add-emergency') {
    need(entry === null, `it is already planned (${where})`);
    need(Boolean(ask.to_operative && ask.to_date), 'give the operative and day (to_operative, to_date)');
  }
  if (ask.kind === 'cancel') need(!['cancelled', 'done', 'archived'].includes(job.status), `it is already ${job.status}`);
  if (ask.kind === 'change-priority') {
    need(Boolean(ask.to_priority), 'give the new priority');
    need(ask.to_priority !== job.priority, `it is already ${job.priority}`);
    const known = slaPolicyOf(store).categories.map((c) => c.priority);
    need(known.includes(ask.to_priority!), `"${ask.to_priority}" is not a priority of the SLA policy (${known.join(', ')})`);
  }
  if (to_operative && !store.read.operative(to_operative)) throw new ApiError('NOT_FOUND', `${ask.ref}: no operative ${to_operative}`);
  return {
    ref: ask.ref,
    kind: ask.kind,
    from_operative: entry?.operative_id ?? null,
    from_date: entry?.date ?? null,
    to_operative: ['cancel', 'change-priority'].includes(ask.kind) ? null : to_operative,
    to_date: ['cancel', 'change-priority'].includes(ask.kind) ? null : to_date,
    to_priority: ask.kind === 'change-priority' ? ask.to_priority! : null,
    from_priority: job.priority,
    to_sequence,
  };
}

/** Hours from now until the visit's planned start (UK local); null when it is not planned. */
function noticeHours(store: Store, ref: string): number | null {
  const entry = store.read.diaryEntry(ref);
  if (!entry) return null;
  const start = entry.start ?? store.read.operative(entry.operative_id)?.shift_start ?? '08:00';
  return (localToInstant(entry.date, start) - Date.parse(store.now())) / 3_600_000;
}

/** Applies a planned change inside an open mutation (rules checked; a hard rule refuses it). */
export function applyChange(store: Store, rec: ChangeRecorder, p: Planned, who: string): void {
  if (p.kind === 'cancel') {
    const entry = store.read.diaryEntry(p.ref);
    if (entry) {
      rec.delete('diary_entries', { job_ref: p.ref });
      resequence(store, rec, entry.operative_id, entry.date);
    }
    rec.delete('visit_locks', { job_ref: p.ref });
    rec.put('jobs', { ref: p.ref, status: 'cancelled' });
    logJobChange(store, p.ref, 'cancelled', { reason: 'change request', from: p.from_operative }, who);
    return;
  }
  if (p.kind === 'change-priority') {
    rec.put('jobs', { ref: p.ref, priority: p.to_priority });
    logJobChange(store, p.ref, 'priority-changed', { from: p.from_priority, to: p.to_priority }, who);
    return;
  }
  // A resequence is a move within its own day to the position asked for (the start time stays).
  const index = p.kind === 'resequence' ? (p.to_sequence ?? undefined) : undefined;
  moveWithin(store, rec, { ref: p.ref, to: { operative_id: p.to_operative!, date: p.to_date!, index }, lock_approved: true }, who);
}

function describe(p: Planned): string {
  if (p.kind === 'change-priority') return `${p.ref} priority ${p.from_priority} → ${p.to_priority}`;
  if (p.kind === 'cancel') return `cancel ${p.ref}`;
  if (p.kind === 'resequence') return `${p.ref} to number ${(p.to_sequence ?? 0) + 1} in ${p.to_operative}'s day ${p.to_date}`;
  return `${p.ref} ${p.from_operative ?? 'tray'} ${p.from_date ?? ''} → ${p.to_operative} ${p.to_date}`.replace(/\s+/g, ' ');
}

/** Records one request inside an open mutation and applies it when the policy allows; returns its id. */
export function requestWithin(
  store: Store,
  rec: ChangeRecorder,
  ask: ChangeAsk,
  by: Requester,
): { id: number; state: ChangeRequestRow['state']; policy: string } {
  const p = planChange(store, ask);
  const rule = changePolicy(store).find((r) => r.kind === p.kind)!;
  const lock: Lock = lockOf(store, p.ref)?.lock ?? 'none';
  const verdict = evaluateChange(rule, by.role, lock, noticeHours(store, p.ref));
  const now = store.now();
  const apply = verdict.outcome === 'apply';
  if (apply) applyChange(store, rec, p, by.name);
  const id = rec.insertWithId('change_requests', {
    ...p,
    requested_by: by.name,
    role: by.role,
    reason: ask.reason,
    source: by.source,
    requested_at: now,
    state: apply ? 'applied' : 'pending',
    policy: verdict.why,
    decided_by: apply ? 'policy' : null,
    decided_at: apply ? now : null,
  });
  return { id, state: apply ? 'applied' : 'pending', policy: verdict.why };
}

export function requestChange(store: Store, ask: ChangeAsk): ChangeRequestRow {
  const me = acting(store);
  const { value } = store.history.mutate(`Change request: ${CHANGE_KIND_LABELS[ask.kind].toLowerCase()} ${ask.ref}`, (rec) =>
    requestWithin(store, rec, ask, { ...me, source: 'app' }),
  );
  return getChangeRequest(store, value.id)!;
}

export function approveChange(store: Store, id: number, note: string | undefined): ChangeRequestRow {
  const r = pending(store, id);
  const p = planChange(store, { ...r, kind: r.kind as ChangeKind });
  const who = currentUser(store);
  store.history.mutate(`Approve change: ${describe(p)}`, (rec) => {
    applyChange(store, rec, p, who);
    rec.put('change_requests', { id, state: 'approved', decided_by: who, decided_at: store.now(), answer: note ?? null });
  });
  return getChangeRequest(store, id)!;
}

export function rejectChange(store: Store, id: number, reason: string): ChangeRequestRow {
  const r = pending(store, id);
  const who = currentUser(store);
  store.history.mutate(`Reject change: ${r.ref} (${reason})`, (rec) =>
    rec.put('change_requests', { id, state: 'rejected', decided_by: who, decided_at: store.now(), answer: reason }),
  );
  return getChangeRequest(store, id)!;
}

function pending(store: Store, id: number): ChangeRequestRow {
  const r = getChangeRequest(store, id);
  if (!r) throw new ApiError('NOT_FOUND', `No change request ${id}`);
  if (r.state !== 'pending') throw new ApiError('CONFLICT', `Change request ${id} is already ${r.state} (by ${r.decided_by ?? 'policy'})`);
  return r;
}
