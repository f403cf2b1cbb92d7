// Moving jobs in the diary: stale-card check, the full rule set, override logging and the
// write itself — all inside one transaction, so a refused move changes nothing.
import { ApiError } from '../../../shared/api/errors';
import { isInCalendar } from '../../../shared/calendar/working-days';
import type { DiaryEntry, HHMM, Job } from '../../../shared/domain/types';
import type { Violation } from '../../../shared/rules';
import { placeJob, resequence } from './placement';
import type { ChangeRecorder } from '../store/change-recorder';
import { insertOverride } from '../store/journal';
import type { Store } from '../store/store';
import { describeEntry, operativeName } from './describe';
import { indexOf } from './world';
import { cachedIndex, carryDiary } from './plan-cache';
import { logJobChange } from '../store/events';
import { assertLockAllows } from '../governance/locks';

export interface Seen {
  operative_id: string;
  date: string;
  sequence: number;
}
export interface Target {
  operative_id: string;
  date: string;
  index?: number | undefined;
}
export interface MoveRequest {
  ref: string;
  to: Target | null;
  start?: HHMM | null | undefined;
  /** Where the client saw the job; undefined skips the stale check (CLI). */
  seen?: Seen | null | undefined;
  override_reason?: string | undefined;
  pinned?: boolean | undefined;
  /** A signed-off change request may move a locked visit (issue 15); nothing else may. */
  lock_approved?: boolean | undefined;
}
export interface MoveResult {
  entry: DiaryEntry | null;
  status: 'ok' | 'warn' | 'blocked';
  violations: Violation[];
  overrides: number[];
}

const UNPLACEABLE = new Set(['done', 'cancelled', 'archived', 'on_hold']);

function existingJob(store: Store, ref: string): Job {
  const job = store.read.job(ref);
  if (!job) throw new ApiError('NOT_FOUND', `Job ${ref} no longer exists (deleted or undone elsewhere); nothing was changed`);
  if (UNPLACEABLE.has(job.status)) throw new ApiError('CONFLICT', `Job ${ref} is ${job.status.replace('_', ' ')} and cannot be placed`);
  return job;
}

/** The card the client dragged must still be where the client saw it. */
function checkNotStale(store: Store, ref: string, seen: Seen | null): void {
  const now = store.read.diaryEntry(ref) ?? null;
  const same =
    now === null
      ? seen === null
      : seen !== null && now.operative_id === seen.operative_id && now.date === seen.date && now.sequence === seen.sequence;
  if (same) return;
  const where = now ? `it is now with ${describeEntry(store, now)}` : 'it is now unscheduled';
  throw new ApiError(
    'CONFLICT',
    `${ref} was changed elsewhere since you picked it up (${where}); nothing was changed — the board has the latest diary`,
  );
}

export function validateTarget(store: Store, to: Target): void {
  if (!store.read.operative(to.operative_id)) throw new ApiError('NOT_FOUND', `No operative with id ${to.operative_id}`);
  if (!isInCalendar(to.date)) throw new ApiError('VALIDATION', `${to.date} is outside the planning calendar (2026–2028)`);
}

/** One move inside an open mutation. Throws (rolling the whole transaction back) when refused. */
export function moveWithin(store: Store, rec: ChangeRecorder, req: MoveRequest, who: string): MoveResult {
  const job = existingJob(store, req.ref);
  if (req.seen !== undefined) checkNotStale(store, req.ref, req.seen);
  const before = store.read.diaryEntry(req.ref) ?? null;
  if (!req.lock_approved) assertLockAllows(store, req.ref, before, req.to, req.start);

  if (req.to === null) {
    if (!before) throw new ApiError('CONFLICT', `${req.ref} is already unscheduled`);
    rec.delete('diary_entries', { job_ref: req.ref });
    resequence(store, rec, before.operative_id, before.date);
    logJobChange(store, req.ref, 'unscheduled', { from: pick(before) }, who);
    return { entry: null, status: 'ok', violations: [], overrides: [] };
  }

  validateTarget(store, req.to);
  const operative = store.read.operative(req.to.operative_id)!;
  // Nothing written yet in this step: the shared index is the diary as it stands (no re-read).
  const index = rec.changes.length === 0 ? cachedIndex(store) : indexOf(store);
  const start =
    req.start !== undefined
      ? req.start
      : before && before.operative_id === req.to.operative_id && before.date === req.to.date
        ? before.start
        : null;
  const verdict = index.evaluate(job, operative, req.to.date, { index: req.to.index, fixedStart: start });
  const hard = verdict.violations.filter((v) => v.severity === 'hard');
  if (hard.length > 0 && !req.override_reason) {
    throw new ApiError(
      'RULE_VIOLATION',
      `${req.ref} not placed on ${operative.name}, ${req.to.date}: ${hard.map((v) => v.reason).join('; ')}`,
      {
        violations: verdict.violations,
      },
    );
  }
  const entry = placeJob(store, rec, {
    ref: req.ref,
    operative_id: operative.id,
    date: req.to.date,
    start,
    index: req.to.index,
    pinned: req.pinned,
  });
  const overrides = hard.map((v) => logOverride(store, who, entry, v, req.override_reason!));
  logJobChange(
    store,
    req.ref,
    before ? 'moved' : 'placed',
    {
      from: before ? pick(before) : null,
      to: pick(entry),
      ...(overrides.length ? { override_reason: req.override_reason } : {}),
    },
    who,
  );
  return { entry, status: verdict.status, violations: verdict.violations, overrides };
}

/** A mutation of diary moves that carries the cached diary forward with its own row changes. */
function mutateMoves<T>(store: Store, label: string, fn: (rec: ChangeRecorder) => T): T {
  let before = -1;
  let changes: ChangeRecorder['changes'] = [];
  const value = store.history.mutate(label, (rec) => {
    before = store.version;
    const v = fn(rec);
    changes = rec.changes;
    return v;
  }).value;
  carryDiary(store, before, changes);
  return value;
}

export function moveJob(store: Store, req: MoveRequest, who: string): MoveResult {
  const label = req.to ? `Move ${req.ref} to ${operativeName(store, req.to.operative_id)} ${req.to.date}` : `Unschedule ${req.ref}`;
  return mutateMoves(store, label, (rec) => moveWithin(store, rec, req, who));
}

/** Several cards to one place as one undoable step; all or nothing. */
export function moveJobs(
  store: Store,
  moves: { ref: string; seen: Seen | null }[],
  to: Target | null,
  override: string | undefined,
  who: string,
) {
  const dupes = moves.map((m) => m.ref).filter((r, i, all) => all.indexOf(r) !== i);
  if (dupes.length) throw new ApiError('VALIDATION', `${dupes[0]} is selected twice`);
  const where = to ? `${operativeName(store, to.operative_id)} ${to.date}` : 'the tray';
  return mutateMoves(store, `Move ${moves.length} jobs to ${where}`, (rec) =>
    moves.map((m, i) => ({
      ref: m.ref,
      ...moveWithin(
        store,
        rec,
        {
          ref: m.ref,
          seen: m.seen,
          to: to && { ...to, index: to.index === undefined ? undefined : to.index + i },
          override_reason: override,
        },
        who,
      ),
    })),
  );
}

function logOverride(store: Store, who: string, e: DiaryEntry, v: Violation, reason: string): number {
  return insertOverride(store, {
    who,
    job_ref: e.job_ref,
    operative_id: e.operative_id,
    date: e.date,
    rule_id: v.ruleId,
    violation: v.reason,
    reason,
  });
}

function pick(e: DiaryEntry) {
  return { operative_id: e.operative_id, date: e.date, start: e.start, sequence: e.sequence };
}
