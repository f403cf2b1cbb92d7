// PlanIndex: everything that does not change while a job is dragged, computed once per diary
// state: operative facts, each operative-day's timed plan, per-day rule results, SLA limits and
// placements of other jobs. Rebuild it (cheap, lazy) whenever the diary or world changes.
import type { DiaryEntry, HHMM, IsoDate, Job, Operative, Weekday } from '../domain/types';
import { parseHHMM, toEpochDay, weekdayOf } from '../calendar/dates';
import { appendJob, computeDayPlan, type DayJob, type DayPlan, type PlannedVisit } from '../plan/day-plan';
import { dayJobsFromDiary, insertIntoSequence } from '../plan/sequence';
import { MINUTES_PER_DAY } from '../plan/time';
import { shiftBounds, type ShiftBounds } from '../plan/window';
import { shiftMinutes } from '../roster/shift';
import type { RosterDay } from '../roster/types';
import { buildOperativeFacts, type OperativeFacts } from './facts';
import { DAY_RULES, JOB_RULES, PLAN_RULES, RULES } from './registry';
import { slaLatestFinishMin } from './sla-limit';
import { BLOCKED, OK, WARN, statusOf, type StatusCode } from './status';
import type { DayContext, PlacedTimes, PlacementContext, PlacementStatus, PlanLookups, Violation } from './types';
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

// SLA limits depend only on the world (deadlines) and the date, not on the diary, so they
// outlive any one index: a new index per diary change does not recompute them.
const slaLimitCache = new WeakMap<PlanningWorld, Map<string, Map<string, number>>>();
function slaLimitsFor(world: PlanningWorld, date: IsoDate): Map<string, number> {
  let byDate = slaLimitCache.get(world);
  if (!byDate) slaLimitCache.set(world, (byDate = new Map()));
  let limits = byDate.get(date);
  if (!limits) byDate.set(date, (limits = new Map()));
  return limits;
}

// Shared default so the board's hot loop does not allocate an options object per cell.
const NO_OPTIONS: PlacementOptions = Object.freeze({});

/**
 * Two-level map keyed by strings already in memory (ids, refs, dates). Cheaper than joining
 * them into one key: a fresh string must be hashed on every look-up, an existing one only once.
 */
class Table<V> {
  private readonly rows = new Map<string, Map<string, V>>();
  get(a: string, b: string): V | undefined {
    return this.rows.get(a)?.get(b);
  }
  set(a: string, b: string, v: V): void {
    let row = this.rows.get(a);
    if (!row) this.rows.set(a, (row = new Map()));
    row.set(b, v);
  }
}

export class PlanIndex implements PlanLookups {
  private readonly factsById = new Map<string, OperativeFacts>();
  private readonly days = new Table<OperativeDay>(); // operative id, date
  private readonly epochDays = new Map<string, number>();
  private readonly weekdays = new Map<string, Weekday>();
  private slaDate: string | null = null;
  private slaForDate: Map<string, number> | null = null;
  private readonly placed = new Map<string, PlacedTimes | null>();
  private entriesByDay: Table<DiaryEntry[]> | null = null;
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
    // Boards ask about one date many times in a row: keep that date's map at hand.
    if (date !== this.slaDate) {
      this.slaDate = date;
      this.slaForDate = slaLimitsFor(this.world, date);
    }
    const limits = this.slaForDate!;
    let m = limits.get(job.ref);
    if (m === undefined) {
      const deadline = this.world.slaDeadline(job);
      // Day distance through the epoch-day cache: thousands of jobs share a few deadline dates.
      const ahead = deadline === null ? 0 : this.epochDay(deadline.slice(0, 10)) - this.epochDay(date);
      m = slaLatestFinishMin(deadline, date, ahead);
      limits.set(job.ref, m);
    }
    return m;
  }

  private groupDiary(): void {
    const byDay = new Table<DiaryEntry[]>();
    const byRef = new Map<string, DiaryEntry[]>();
    for (const e of this.diary) {
      const day = byDay.get(e.operative_id, e.date);
      if (day) day.push(e);
      else byDay.set(e.operative_id, e.date, [e]);
      const same = byRef.get(e.job_ref);
      if (same) same.push(e);
      else byRef.set(e.job_ref, [e]);
    }
    this.entriesByDay = byDay;
    this.entriesByRef = byRef;
  }

  /** The operative-day's jobs in diary sequence. */
  dayJobs(operativeId: string, date: IsoDate): DayJob[] {
    if (!this.entriesByDay) this.groupDiary();
    const entries = this.entriesByDay!.get(operativeId, date) ?? [];
    return dayJobsFromDiary(entries, (ref) => this.world.jobs.get(ref));
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
        else {
          const start_abs = Math.min(found.start_abs, t.start_abs);
          const end_abs = Math.max(found.end_abs, t.end_abs);
          found = { operative_id: found.operative_id, date: found.date, start_abs, end_abs };
        }
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

  // ---- operative-days ----------------------------------------------------------------

  /** The cached per-operative-day facts every cell on that day shares. */
  operativeDay(operative: Operative, date: IsoDate): OperativeDay {
    let od = this.days.get(operative.id, date);
    if (!od) {
      od = new OperativeDay(this, operative, this.facts(operative), date, this.weekday(date));
      this.days.set(operative.id, date, od);
    }
    return od;
  }

  /** The operative-day as it stands in the diary. */
  basePlan(operative: Operative, date: IsoDate): DayPlan {
    return this.operativeDay(operative, date).plan();
  }

  /** Status of the rules that depend only on operative and date. */
  dayStatus(operative: Operative, date: IsoDate): StatusCode {
    return this.operativeDay(operative, date).code;
  }

  // ---- contexts --------------------------------------------------------------------------

  /** Puts the day's plan into `cell`: `job` appended in O(1) when possible, else the day re-timed in full. */
  private timeCell(cell: Cell, od: OperativeDay, opts: PlacementOptions): PlacementContext {
    const job = cell.job;
    const base = od.plan();
    const travel = this.world.travel;
    let at = -1;
    for (let i = 0; i < base.visits.length; i++) if (base.visits[i]!.ref === job.ref) at = i;
    if (at < 0 && opts.index === undefined) {
      const plan = appendJob(base, job, opts.fixedStart, travel);
      return cell.timed(plan, plan.visits[plan.visits.length - 1]!, base);
    }
    const { operative, date } = od;
    const dayJobs = this.dayJobs(operative.id, date); // aligned with base.visits
    const fixedStart = opts.fixedStart !== undefined ? opts.fixedStart : at >= 0 ? (dayJobs[at]!.fixedStart ?? null) : null;
    const without = at >= 0 ? dayJobs.filter((d) => d.job.ref !== job.ref) : dayJobs;
    const basePlan = at >= 0 ? computeDayPlan(operative, date, without, travel, od.shift) : base;
    const plan = computeDayPlan(operative, date, insertIntoSequence(without, { job, fixedStart }, opts.index), travel, od.shift);
    return cell.timed(
      plan,
      plan.visits.find((v) => v.ref === job.ref)!,
      basePlan,
    );
  }

  /** The full context rules see for this placement. */
  context(job: Job, operative: Operative, date: IsoDate, opts: PlacementOptions = NO_OPTIONS): PlacementContext {
    const od = this.operativeDay(operative, date);
    return this.timeCell(new Cell(od, job, opts.overtimeMin ?? this.world.overtimeMin), od, opts);
  }

  // ---- answers ---------------------------------------------------------------------------

  /** Every rule, every reason: for the drop check and the tooltip. */
  evaluate(job: Job, operative: Operative, date: IsoDate, opts: PlacementOptions = NO_OPTIONS): PlacementResult {
    const ctx = this.context(job, operative, date, opts);
    const violations: Violation[] = [];
    for (const rule of RULES) violations.push(...rule.evaluate(ctx));
    return { status: statusOf(violations), violations, plan: ctx.plan, visit: ctx.visit };
  }

  /**
   * Status only, stopping at the first hard violation and skipping soft rules once a warning
   * is known. Agrees with evaluate(...).status (checked by a property test).
   */
  status(job: Job, operative: Operative, date: IsoDate, opts: PlacementOptions = NO_OPTIONS): StatusCode {
    return this.statusOn(job, this.operativeDay(operative, date), opts);
  }

  /** status() for an operative-day already looked up (the board loops hold them). */
  statusOn(job: Job, od: OperativeDay, opts: PlacementOptions = NO_OPTIONS): StatusCode {
    let worst = od.code;
    if (worst === BLOCKED) return BLOCKED;
    const cell = new Cell(od, job, opts.overtimeMin ?? this.world.overtimeMin);
    for (const rule of JOB_RULES) {
      if (rule.severity === 'soft' && worst === WARN) continue;
      if (!rule.violates(cell)) continue;
      if (rule.severity === 'hard') return BLOCKED;
      worst = WARN;
    }
    const pctx = this.timeCell(cell, od, opts);
    for (const rule of PLAN_RULES) {
      if (rule.severity === 'soft' && worst === WARN) continue;
      if (!rule.violates(pctx)) continue;
      if (rule.severity === 'hard') return BLOCKED;
      worst = WARN;
    }
    return worst;
  }
}

/**
 * The context object rules receive. One class, every field set in the constructor, so every rule
 * sees a single hidden class (fast property reads); the plan fields are filled in by timeCell
 * only once the cheap job rules have passed, and read by plan-stage rules only after that.
 */
class Cell implements PlacementContext {
  readonly operative: Operative;
  readonly facts: OperativeFacts;
  readonly date: IsoDate;
  readonly weekday: Weekday;
  readonly roster: RosterDay;
  readonly world: PlanningWorld;
  readonly lookups: PlanLookups;
  plan: DayPlan;
  visit: PlannedVisit;
  basePlan: DayPlan;

  constructor(
    od: OperativeDay,
    readonly job: Job,
    readonly overtimeMin: number,
  ) {
    this.operative = od.operative;
    this.facts = od.facts;
    this.date = od.date;
    this.weekday = od.weekday;
    this.roster = od.roster;
    this.world = od.index.world;
    this.lookups = od.index;
    // Placeholders until timeCell runs; job-stage rules never read them.
    this.plan = null as unknown as DayPlan;
    this.visit = null as unknown as PlannedVisit;
    this.basePlan = null as unknown as DayPlan;
  }

  timed(plan: DayPlan, visit: PlannedVisit, basePlan: DayPlan): this {
    this.plan = plan;
    this.visit = visit;
    this.basePlan = basePlan;
    return this;
  }
}

/** One operative on one date: roster and day-rule status now, the diary's timed plan when first needed. */
export class OperativeDay {
  /** Status of the day rules (working day, absence): 2 = blocked whatever the job. */
  readonly code: StatusCode;
  /** The resolved roster: whether and when the operative works that day. */
  readonly roster: RosterDay;
  /** Shift bounds the day is planned in: the rostered hours, else (a day off) the operative's own. */
  readonly shift: ShiftBounds;
  private diaryPlan: DayPlan | null = null;

  constructor(
    readonly index: PlanIndex,
    readonly operative: Operative,
    readonly facts: OperativeFacts,
    readonly date: IsoDate,
    readonly weekday: Weekday,
  ) {
    this.roster = index.world.rosterDay(operative, date, weekday);
    this.shift = this.roster.shift ? shiftMinutes(this.roster.shift) : shiftBounds(operative);
    const ctx: DayContext = { operative, facts, date, weekday, roster: this.roster, world: index.world, lookups: index };
    let code: StatusCode = OK;
    for (const rule of DAY_RULES) {
      if (!rule.violates(ctx)) continue;
      if (rule.severity === 'hard') {
        code = BLOCKED;
        break;
      }
      code = WARN;
    }
    this.code = code;
  }

  /** The day as the diary has it (computed on first use: blocked days never need it). */
  plan(): DayPlan {
    return (this.diaryPlan ??= computeDayPlan(
      this.operative,
      this.date,
      this.index.dayJobs(this.operative.id, this.date),
      this.index.world.travel,
      this.shift,
    ));
  }
}
