// Suggested operatives over the stored plan, and placing a suggestion through the diary's move
// path. The job is judged as if in the tray (its own placement, if any, taken out), from the
// later of the asked date (default today), now and its raised time, to its SLA deadline (or a
// week when it has none, or it has already passed).
import { ApiError } from '../../../shared/api/errors';
import type { Job } from '../../../shared/domain/types';
import { addDays, toEpochDay } from '../../../shared/calendar/dates';
import { MINUTES_PER_DAY } from '../../../shared/plan/time';
import { PlanIndex } from '../../../shared/rules';
import { parseInstant, toLocal } from '../../../shared/sla/local-time';
import { summariseCannot, suggestOperatives, type CannotGroup, type Suggestion } from '../../../shared/suggest';
import { nowOf } from '../editing/clock';
import { isActiveOn } from '../editing/retired';
import { moveJob, type MoveResult } from '../planning/moves';
import { worldOf } from '../planning/world';
import { cachedDiary, cachedIndex } from '../planning/plan-cache';
import type { Store } from '../store/store';

/** The longest window searched: a 20-working-day ROUTINE job is still answered in one go. */
const MAX_DAYS = 31;
/** Without a deadline still ahead, a week. */
const OPEN_DAYS = 7;
const OPEN = new Set(['open', 'in_progress']);

export interface SuggestView {
  job: string;
  sla_deadline: string | null;
  from: string;
  to: string;
  /** True when slots finishing after the SLA deadline were ruled out (the deadline lies ahead). */
  within_sla: boolean;
  suggested: (Omit<Suggestion, 'start_abs'> & { name: string })[];
  cannot: { operative_id: string; name: string; rules: { rule: string; reason: string }[] }[];
  summary: CannotGroup[];
}

export interface SuggestRequest {
  /** First date to consider (default today). */
  date?: string | undefined;
  /** Only this operative (placing a chosen suggestion re-checks it). */
  operativeId?: string | undefined;
}

const absOf = (ms: number) => {
  const l = toLocal(ms);
  const [h, m] = l.time.split(':').map(Number);
  return toEpochDay(l.date) * MINUTES_PER_DAY + h! * 60 + m!;
};

export function suggestFor(store: Store, ref: string, req: SuggestRequest = {}): SuggestView {
  const job = store.read.job(ref);
  if (!job) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
  if (!OPEN.has(job.status)) throw new ApiError('CONFLICT', `${ref} is ${job.status.replace('_', ' ')}: reopen it before placing it`);
  // Judged as if in the tray: a tray job shares the cached index; a placed one gets one without it.
  const placed = store.read.diaryEntry(ref);
  const index = placed
    ? new PlanIndex(
        worldOf(store),
        cachedDiary(store).filter((e) => e.job_ref !== ref),
      )
    : cachedIndex(store);
  return judge(store, index, job, req);
}

/** Suggestions for `job` (stored or a draft) over `index`, whose world answers its SLA deadline. */
export function judge(store: Store, index: PlanIndex, job: Job, req: SuggestRequest): SuggestView {
  const now = nowOf(store);
  if (req.date && req.date < now.date) throw new ApiError('VALIDATION', `date ${req.date} is in the past (today is ${now.date})`);
  const world = index.world;
  const raisedMs = parseInstant(job.raised_at);
  const raisedDate = toLocal(raisedMs).date;
  const asked = req.date ?? now.date;
  const from = asked > raisedDate ? asked : raisedDate;
  const deadline = world.slaDeadline(job);
  const withinSla = deadline !== null && deadline.slice(0, 10) >= from;
  const cap = addDays(from, MAX_DAYS - 1);
  const to = withinSla ? (deadline!.slice(0, 10) < cap ? deadline!.slice(0, 10) : cap) : addDays(from, OPEN_DAYS - 1);
  const operatives = [...world.operatives.values()].filter(
    (o) => isActiveOn(o, from) && (req.operativeId === undefined || o.id === req.operativeId),
  );
  if (req.operativeId !== undefined && operatives.length === 0) {
    throw new ApiError('NOT_FOUND', `No active operative with id ${req.operativeId}`);
  }
  const r = suggestOperatives(index, job, {
    from,
    to,
    earliestAbs: Math.max(absOf(now.ms), absOf(raisedMs)),
    withinSla,
    operatives,
  });
  const name = (id: string) => world.operatives.get(id)?.name ?? id;
  return {
    job: job.ref,
    sla_deadline: deadline,
    from,
    to,
    within_sla: withinSla,
    suggested: r.suggested.map(({ start_abs: _, ...s }) => ({ ...s, name: name(s.operative_id) })),
    cannot: r.cannot.map((c) => ({ ...c, name: name(c.operative_id) })),
    summary: summariseCannot(index, job, from, r.cannot),
  };
}

export interface PlaceSuggestion {
  ref: string;
  operative_id: string;
  date: string;
  start: string;
}

/** Places the job where the suggestion said, if that still holds; else refuses and changes nothing. */
export function placeSuggestion(store: Store, p: PlaceSuggestion, who: string): MoveResult {
  const s = suggestFor(store, p.ref, { date: p.date, operativeId: p.operative_id }).suggested[0];
  if (!s || s.date !== p.date || s.start !== p.start) {
    const now = s ? `the best slot for ${s.name} is now ${s.date} ${s.start}` : 'they can no longer take it then';
    throw new ApiError(
      'CONFLICT',
      `The suggestion to place ${p.ref} with ${p.operative_id} on ${p.date} at ${p.start} no longer holds (${now}); ask for suggestions again. Nothing was changed`,
    );
  }
  return moveJob(store, { ref: p.ref, to: { operative_id: p.operative_id, date: p.date, index: s.index }, start: s.booked_start }, who);
}
