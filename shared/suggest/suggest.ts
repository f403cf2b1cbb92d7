// Who can take this job, and when: for each operative the earliest feasible arrival in the
// window (every insertion point of each day, judged by the same rule units as the board and the
// backend's moves: PlanIndex), best first — earliest arrival, then the travel it adds, then
// disruption (jobs it would push past a window or SLA). The others, with the rules that block
// them, for the "7 have no GAS trade; 2 absent" summary. Pure: the backend supplies the index
// (built over the diary without this job) and the clock.
import { dateRange, formatHHMM } from '../calendar/dates';
import type { IsoDate, Job, Operative } from '../domain/types';
import { knockOn } from '../graph/knock-on';
import type { DayPlan } from '../plan/day-plan';
import { MINUTES_PER_DAY } from '../plan/time';
import { BLOCKED, DAY_RULES, JOB_RULES, RULES, jobContext, tradeProficiency, type PlanIndex, type Violation } from '../rules';

export interface SuggestOptions {
  from: IsoDate;
  to: IsoDate;
  /** Absolute UK minute (epoch day × 1440 + minute) before which no visit may start: now, or when the job was raised. */
  earliestAbs: number;
  /** Finishing after the SLA deadline rules a slot out (true while the deadline is still ahead). */
  withinSla: boolean;
  operatives: readonly Operative[];
}

export interface Suggestion {
  operative_id: string;
  date: IsoDate;
  /** When the visit starts ('HH:MM'): arrival, or its window's or booked time's start. */
  start: string;
  end: string;
  /** Position in the operative's day (0 = first). */
  index: number;
  /** Set when the slot is today and the visit must wait for "now": placed as a booked time. */
  booked_start: string | null;
  /** Travel the job adds to the operative's day (minutes, detour included). */
  travel_min: number;
  /** Jobs it would push past their window or SLA deadline (same day, and linked jobs downstream). */
  knock_on: string[];
  warnings: Violation[];
  start_abs: number;
}

export interface CannotTake {
  operative_id: string;
  /** The blocking rules, most often blocking first. */
  rules: { rule: string; reason: string }[];
}

export interface SuggestResult {
  suggested: Suggestion[];
  cannot: CannotTake[];
}

// On a tie in days blocked, the job's own needs (trade, certificates) explain more than the
// plan (fully booked, too late), and either more than a day off: stage rank job, plan, day.
const STAGE_RANK = { job: 0, plan: 1, day: 2 } as const;
const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, STAGE_RANK[r.stage] * 100 + i]));
const SLA_RULE = 'sla-breach';

export function suggestOperatives(index: PlanIndex, job: Job, opts: SuggestOptions): SuggestResult {
  const dates = dateRange(opts.from, opts.to);
  const suggested: Suggestion[] = [];
  const cannot: CannotTake[] = [];
  for (const op of opts.operatives) {
    const blockers = new Map<string, { reason: string; days: number }>();
    const block = (v: Violation) => {
      const b = blockers.get(v.ruleId);
      if (b) b.days++;
      else blockers.set(v.ruleId, { reason: v.reason, days: 1 });
    };
    let best: Suggestion | null = null;
    // Trade does not change by date: one look-up rules out the whole window (as on the board).
    const tradeMiss = tradeProficiency.evaluate(jobContext(index.operativeDay(op, opts.from), job))[0];
    if (tradeMiss) {
      cannot.push({ operative_id: op.id, rules: [{ rule: tradeMiss.ruleId, reason: tradeMiss.reason }] });
      continue;
    }
    for (const date of dates) {
      best = bestOnDay(index, job, op, date, opts, block);
      if (best) break; // a later day can only arrive later
    }
    if (best) suggested.push(best);
    else cannot.push({ operative_id: op.id, rules: ordered(blockers) });
  }
  suggested.sort(compareSuggestions);
  return { suggested, cannot };
}

function ordered(blockers: Map<string, { reason: string; days: number }>): CannotTake['rules'] {
  return [...blockers]
    .sort((a, b) => b[1].days - a[1].days || (RULE_ORDER.get(a[0]) ?? 99) - (RULE_ORDER.get(b[0]) ?? 99))
    .map(([rule, { reason }]) => ({ rule, reason }));
}

function bestOnDay(
  index: PlanIndex,
  job: Job,
  op: Operative,
  date: IsoDate,
  opts: SuggestOptions,
  block: (v: Violation) => void,
): Suggestion | null {
  const od = index.operativeDay(op, date);
  const jctx = jobContext(od, job);
  // Competences, flags and areas do not depend on where in the day: settle them once. They are
  // counted on days off too, so a missing certificate outranks a single day off.
  let refused = od.code === BLOCKED;
  if (refused) for (const rule of DAY_RULES) if (rule.severity === 'hard') for (const v of rule.evaluate(jctx)) block(v);
  for (const rule of JOB_RULES) {
    if (rule.severity !== 'hard') continue;
    for (const v of rule.evaluate(jctx)) {
      block(v);
      refused = true;
    }
  }
  if (refused) return null;

  const dayAbs = index.epochDay(date) * MINUTES_PER_DAY;
  const base = od.plan();
  const floor = opts.earliestAbs - dayAbs; // minute of this day before which nothing may start
  const booked = floor > 0 ? formatHHMM(Math.min(MINUTES_PER_DAY - 1, Math.ceil(floor / 5) * 5)) : null;
  // Visits already under way or done before "now" stay ahead of the new one.
  let first = 0;
  while (first < base.visits.length && base.visits[first]!.start_min < floor) first++;

  let best: Suggestion | null = null;
  const seen = new Set<string>();
  for (let p = first; p <= base.visits.length; p++) {
    // Once a slot is found, one that starts later cannot rank above it (earliest start decides
    // first): time it without judging it. Blocked reasons no longer matter for this operative.
    if (best && startAbs(index, job, op, date, p, booked, floor, dayAbs) > best.start_abs) continue;
    let r = index.evaluate(job, op, date, { index: p });
    let fixed: string | null = null;
    if (booked && r.visit.start_min < floor) {
      r = index.evaluate(job, op, date, { index: p, fixedStart: booked });
      fixed = booked;
    }
    const hard = r.violations.filter((v) => v.severity === 'hard');
    const late = opts.withinSla ? r.violations.filter((v) => v.ruleId === SLA_RULE) : [];
    if (hard.length > 0 || late.length > 0) {
      // Count each rule once per day, not once per insertion point.
      for (const v of [...hard, ...late]) if (!seen.has(v.ruleId) && seen.add(v.ruleId)) block(v);
      continue;
    }
    const c: Suggestion = {
      operative_id: op.id,
      date,
      start: formatHHMM(r.visit.start_min % MINUTES_PER_DAY),
      end: formatHHMM(r.visit.end_min % MINUTES_PER_DAY),
      index: p,
      booked_start: fixed,
      travel_min: r.plan.travel_min - base.travel_min,
      knock_on: knockOnRefs(index, job, base, r.plan, dayAbs),
      warnings: r.violations,
      start_abs: dayAbs + r.visit.start_min,
    };
    if (!best || better(c, best)) best = c;
  }
  return best;
}

/** When the job would start at position `p` (timed only, no rules), as bestOnDay places it. */
function startAbs(
  index: PlanIndex,
  job: Job,
  op: Operative,
  date: IsoDate,
  p: number,
  booked: string | null,
  floor: number,
  dayAbs: number,
) {
  let c = index.context(job, op, date, { index: p });
  if (booked && c.visit.start_min < floor) c = index.context(job, op, date, { index: p, fixedStart: booked });
  return dayAbs + c.visit.start_min;
}

/** Best first: earliest start, then least added travel, then least disruption. */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return (
    a.start_abs - b.start_abs ||
    a.travel_min - b.travel_min ||
    a.knock_on.length - b.knock_on.length ||
    a.operative_id.localeCompare(b.operative_id)
  );
}

const better = (a: Suggestion, b: Suggestion) => compareSuggestions(a, b) < 0;

/** Jobs pushed later by the insertion that newly miss their window or SLA, and linked jobs downstream that would slip or breach. */
function knockOnRefs(index: PlanIndex, job: Job, base: DayPlan, plan: DayPlan, dayAbs: number): string[] {
  const before = new Map(base.visits.map((v) => [v.ref, v]));
  const out = new Set<string>();
  for (const v of plan.visits) {
    const b = before.get(v.ref);
    if (v.ref === job.ref || !b || v.start_min <= b.start_min) continue;
    const limit = index.slaLatestFinish(v.job, plan.date);
    const missesWindow = (x: typeof v) => x.window.kind !== 'ALL' && x.end_min > x.window.end;
    if ((v.end_min > limit && !(b.end_min > limit)) || (missesWindow(v) && !missesWindow(b))) out.add(v.ref);
    for (const e of knockOn(index, v.ref, dayAbs + v.start_min, { newEndAbs: dayAbs + v.end_min })) {
      if (e.slip_min > 0 || e.newly_breached) out.add(e.ref);
    }
  }
  return [...out].sort();
}
