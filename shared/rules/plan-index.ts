// PlanIndex: everything that does not change while a job is dragged, computed once per diary
// state: operative facts, each operative-day's timed plan, per-day rule results, SLA limits and
// placements of other jobs. Rebuild it (cheap, lazy) whenever the diary or world changes.
import type { DiaryEntry, HHMM, IsoDate, Job, Operative, Weekday } from '../domain/types';
import { parseHHMM, toEpochDay, weekdayOf } from '../calendar/dates';
import { appendToDayPlan, computeDayPlan, type DayJob, type DayPlan, type PlannedVisit } from '../plan/day-plan';
import { dayJobsFromDiary, insertIntoSequence } from '../plan/sequence';
import { MINUTES_PER_DAY } from '../plan/time';
import { buildOperativeFacts, type OperativeFacts } from './facts';
import { DAY_RULES, JOB_RULES, PLAN_RULES, RULES } from './registry';
import { slaLatestFinishMin } from './sla-limit';
import { BLOCKED, OK, WARN, statusOf, type StatusCode } from './status';
import type { DayContext, JobContext, PlacedTimes, PlacementContext, PlacementStatus, PlanLookups, Violation } from './types';
import type { PlanningWorld } from './world';

export interface PlacementOptions {
  /** Position in the day's sequence; default: append at the end (moving the job there if already in the day). */
  index?: number;
  /** Booked start 'HH:MM'. Default: the job's current diary start if it already sits in that day, else none. */
  fixedStart?: HHMM | null;
  /** Overrides world.overtimeMin for this question. */
  overtimeMin?: number;
}

export interface PlacementResult {
  status: PlacementStatus;
  violations: Violation[];
  /** The day with the job in it, for the preview. */
  plan: DayPlan;
  visit: PlannedVisit;
}

interface CellPlan {
  plan: DayPlan;
  visit: PlannedVisit;
  basePlan: DayPlan;
}

const dayKey = (operativeId: string, date: string): string => `${operativeId}\u0000${date}`;

export class PlanIndex implements PlanLookups {
  private readonly factsById = new Map<string, OperativeFacts>();
  private readonly plans = new Map<string, DayPlan>();
  private readonly dayCodes = new Map<string, StatusCode>();
  private readonly epochDays = new Map<string, number>();
  private readonly weekdays = new Map<string, Weekday>();
  private readonly slaLimits = new Map<string, number>();
  private readonly placed = new Map<string, PlacedTimes | null>();
  private entriesByDay: Map<string, DiaryEntry[]> | null = null;
  private entriesByRef: Map<string, DiaryEntry[]> | null = null;

  constructor(
    readonly world: PlanningWorld,
    readonly diary: readonly DiaryEntry[] = [],
  ) {}

  // ---- cached look-ups -------------------------------------------------------------------

  facts(operative: Operative): OperativeFacts {
    let f = this.factsById.get(operative.id);
    if (!f) {
      f = buildOperativeFacts(operative, this.world);
      this.factsById.set(operative.id, f);
    }
    return f;
  }

  epochDay(date: IsoDate): number {
    let d = this.epochDays.get(date);
    if (d === undefined) {
      d = toEpochDay(date);
      this.epochDays.set(date, d);
    }
    return d;
  }

  weekday(date: IsoDate): Weekday {
    let w = this.weekdays.get(date);
    if (w === undefined) {
      w = weekdayOf(date);
      this.weekdays.set(date, w);
    }
    return w;
  }

  slaLatestFinish(job: Job, date: IsoDate): number {
    const key = dayKey(job.ref, date);
    let m = this.slaLimits.get(key);
    if (m === undefined) {
      m = slaLatestFinishMin(this.world.slaDeadline(job), date);
      this.slaLimits.set(key, m);
    }
    return m;
  }

  private groupDiary(): void {
    const byDay = new Map<string, DiaryEntry[]>();
    const byRef = new Map<string, DiaryEntry[]>();
    for (const e of this.diary) {
      const k = dayKey(e.operative_id, e.date);
      (byDay.get(k) ?? byDay.set(k, []).get(k)!).push(e);
      (byRef.get(e.job_ref) ?? byRef.set(e.job_ref, []).get(e.job_ref)!).push(e);
    }
    this.entriesByDay = byDay;
    this.entriesByRef = byRef;
  }

  /** The operative-day's jobs in diary sequence. */
  dayJobs(operativeId: string, date: IsoDate): DayJob[] {
    if (!this.entriesByDay) this.groupDiary();
    const entries = this.entriesByDay!.get(dayKey(operativeId, date)) ?? [];
    return dayJobsFromDiary(entries, (ref) => this.world.jobs.get(ref));
  }

  /** The operative-day as it stands in the diary. */
  basePlan(operative: Operative, date: IsoDate): DayPlan {
    const key = dayKey(operative.id, date);
    let p = this.plans.get(key);
    if (!p) {
      p = computeDayPlan(operative, date, this.dayJobs(operative.id, date), this.world.travel);
      this.plans.set(key, p);
    }
    return p;
  }

  /**
   * Where another job sits: from the diary (timed by its day plan) when it is there, else from
   * world.placements. A job booked on several operatives spans the earliest start to latest end.
   */
  placementOf(ref: string): PlacedTimes | undefined {
    const cached = this.placed.get(ref);
    if (cached !== undefined) return cached ?? undefined;
    if (!this.entriesByRef) this.groupDiary();
    let found = null as PlacedTimes | null;
    for (const e of this.entriesByRef!.get(ref) ?? []) {
      const op = this.world.operatives.get(e.operative_id);
      if (!op) continue;
      const dayAbs = this.epochDay(e.date) * MINUTES_PER_DAY;
      for (const v of this.basePlan(op, e.date).visits) {
        if (v.ref !== ref) continue;
        const t: PlacedTimes = { operative_id: e.operative_id, date: e.date, start_abs: dayAbs + v.start_min, end_abs: dayAbs + v.end_min };
        // Several operatives on one job: it spans the earliest start to the latest finish.
        if (found === null) found = t;
        else found = { ...found, start_abs: Math.min(found.start_abs, t.start_abs), end_abs: Math.max(found.end_abs, t.end_abs) };
      }
    }
    if (!found) {
      const p = this.world.placements.get(ref);
      if (p) {
        const dayAbs = this.epochDay(p.date) * MINUTES_PER_DAY;
        const start = parseHHMM(p.start);
        let end = parseHHMM(p.end);
        if (end < start) end += MINUTES_PER_DAY; // finishes after midnight
        found = { operative_id: p.operative_id, date: p.date, start_abs: dayAbs + start, end_abs: dayAbs + end };
      }
    }
    this.placed.set(ref, found);
    return found ?? undefined;
  }

  // ---- contexts --------------------------------------------------------------------------

  dayContext(operative: Operative, date: IsoDate): DayContext {
    return { operative, facts: this.facts(operative), date, weekday: this.weekday(date), world: this.world, lookups: this };
  }

  /** The day with `job` placed: appended in O(1) when possible, else re-timed in full. */
  cellPlan(job: Job, operative: Operative, date: IsoDate, opts: PlacementOptions = {}): CellPlan {
    const base = this.basePlan(operative, date);
    const travel = this.world.travel;
    let at = -1;
    for (let i = 0; i < base.visits.length; i++) if (base.visits[i]!.ref === job.ref) at = i;
    if (at < 0 && opts.index === undefined) {
      const plan = appendToDayPlan(base, { job, fixedStart: opts.fixedStart ?? null }, travel);
      return { plan, visit: plan.visits[plan.visits.length - 1]!, basePlan: base };
    }
    const dayJobs = this.dayJobs(operative.id, date); // aligned with base.visits
    const fixedStart = opts.fixedStart !== undefined ? opts.fixedStart : at >= 0 ? (dayJobs[at]!.fixedStart ?? null) : null;
    const without = at >= 0 ? dayJobs.filter((d) => d.job.ref !== job.ref) : dayJobs;
    const basePlan = at >= 0 ? computeDayPlan(operative, date, without, travel) : base;
    const plan = computeDayPlan(operative, date, insertIntoSequence(without, { job, fixedStart }, opts.index), travel);
    const visit = plan.visits.find((v) => v.ref === job.ref)!;
    return { plan, visit, basePlan };
  }

  context(job: Job, operative: Operative, date: IsoDate, opts: PlacementOptions = {}): PlacementContext {
    return {
      ...this.dayContext(operative, date),
      job,
      ...this.cellPlan(job, operative, date, opts),
      overtimeMin: opts.overtimeMin ?? this.world.overtimeMin,
    };
  }

  // ---- answers ---------------------------------------------------------------------------

  /** Every rule, every reason: for the drop check and the tooltip. */
  evaluate(job: Job, operative: Operative, date: IsoDate, opts: PlacementOptions = {}): PlacementResult {
    const ctx = this.context(job, operative, date, opts);
    const violations: Violation[] = [];
    for (const rule of RULES) violations.push(...rule.evaluate(ctx));
    return { status: statusOf(violations), violations, plan: ctx.plan, visit: ctx.visit };
  }

  /** Status of rules that depend only on operative and date, cached per operative-day. */
  dayStatus(operative: Operative, date: IsoDate): StatusCode {
    const key = dayKey(operative.id, date);
    let code = this.dayCodes.get(key);
    if (code === undefined) {
      const ctx = this.dayContext(operative, date);
      code = OK;
      for (const rule of DAY_RULES) {
        if (!rule.violates(ctx)) continue;
        if (rule.severity === 'hard') {
          code = BLOCKED;
          break;
        }
        code = WARN;
      }
      this.dayCodes.set(key, code);
    }
    return code;
  }

  /**
   * Status only, stopping at the first hard violation and skipping soft rules once a warning
   * is known. Agrees with evaluate(...).status (checked by a property test).
   */
  status(job: Job, operative: Operative, date: IsoDate, opts: PlacementOptions = {}): StatusCode {
    let worst: StatusCode = this.dayStatus(operative, date);
    if (worst === BLOCKED) return BLOCKED;
    const jctx: JobContext = {
      operative,
      facts: this.facts(operative),
      date,
      weekday: this.weekday(date),
      world: this.world,
      lookups: this,
      job,
    };
    for (const rule of JOB_RULES) {
      if (rule.severity === 'soft' && worst === WARN) continue;
      if (!rule.violates(jctx)) continue;
      if (rule.severity === 'hard') return BLOCKED;
      worst = WARN;
    }
    const cell = this.cellPlan(job, operative, date, opts);
    const pctx: PlacementContext = {
      ...jctx,
      plan: cell.plan,
      visit: cell.visit,
      basePlan: cell.basePlan,
      overtimeMin: opts.overtimeMin ?? this.world.overtimeMin,
    };
    for (const rule of PLAN_RULES) {
      if (rule.severity === 'soft' && worst === WARN) continue;
      if (!rule.violates(pctx)) continue;
      if (rule.severity === 'hard') return BLOCKED;
      worst = WARN;
    }
    return worst;
  }
}
