// The shape of a planning rule and what it is given. Rules are pure functions of a context; the
// same rule objects serve the drag preview, the drop check and the auto-scheduler.
import type { IsoDate, Job, Operative, Weekday } from '../domain/types';
import type { DayPlan, PlannedVisit } from '../plan/day-plan';
import type { RosterDay } from '../roster/types';
import type { OperativeFacts } from './facts';
import type { PlanningWorld } from './world';

export type Severity = 'hard' | 'soft';
export type RuleOwner = 'planner' | 'supervisor';
export type PlacementStatus = 'ok' | 'warn' | 'blocked';

export interface Violation {
  ruleId: string;
  severity: Severity;
  /** Plain language naming the facts, shown to the planner before the drop. */
  reason: string;
}

/** Where a job sits, in absolute minutes (epoch day × 1440 + minute of day) so days compare simply. */
export interface PlacedTimes {
  operative_id: string;
  date: IsoDate;
  start_abs: number;
  end_abs: number;
}

/** Cached look-ups rules may use; implemented by PlanIndex. */
export interface PlanLookups {
  /** Current placement of another job (diary first, then world.placements). */
  placementOf(ref: string): PlacedTimes | undefined;
  /** Latest minute on `date` the job may finish without breaching its SLA (±Infinity when the day is clear or lost). */
  slaLatestFinish(job: Job, date: IsoDate): number;
  /** Whole days since 1970-01-01 (cached: dates repeat across thousands of cells). */
  epochDay(date: IsoDate): number;
}

/** What rules that depend only on the operative and the date may read. */
export interface DayContext {
  operative: Operative;
  facts: OperativeFacts;
  date: IsoDate;
  weekday: Weekday;
  /** The operative's resolved roster that day (world.rosterDay, cached per operative-day). */
  roster: RosterDay;
  world: PlanningWorld;
  lookups: PlanLookups;
}

/** Adds the job: enough for competence, flag and area rules. */
export interface JobContext extends DayContext {
  job: Job;
}

/** The full picture: the operative's day with this job in it. */
export interface PlacementContext extends JobContext {
  /** The day's plan with this job inserted (computeDayPlan). */
  plan: DayPlan;
  /** This job's visit within `plan`. */
  visit: PlannedVisit;
  /** The day without this job, to tell knock-on effects from problems already there. */
  basePlan: DayPlan;
  /** Minutes past shift end the day may run (soft), beyond which it is blocked. */
  overtimeMin: number;
}

/** Which context a rule needs: also the order of evaluation, cheapest first. */
export type RuleStage = 'day' | 'job' | 'plan';
export type ContextFor<S extends RuleStage> = S extends 'day' ? DayContext : S extends 'job' ? JobContext : PlacementContext;

export interface Rule<S extends RuleStage = RuleStage> {
  /** Stable kebab-case id (stored with overrides, so never renamed). */
  id: string;
  name: string;
  /** One line for the rules screen. */
  description: string;
  owner: RuleOwner;
  severity: Severity;
  stage: S;
  /** Fast yes/no for status-only questions; always agrees with evaluate(ctx).length > 0. */
  violates(ctx: ContextFor<S>): boolean;
  evaluate(ctx: ContextFor<S>): Violation[];
}

export type AnyRule = Rule<'day'> | Rule<'job'> | Rule<'plan'>;
