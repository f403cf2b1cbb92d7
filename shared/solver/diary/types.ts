// What the auto-scheduler is asked and what it answers.
import type { DiaryEntry, IsoDate } from '../../domain/types';
import type { PlanningWorld, RuleOwner, Violation } from '../../rules/index';
import type { MatrixSettings } from '../../matrix/quadrant';

/**
 * The objective as weights, applied in this order of magnitude: jobs left out, SLA breaches by
 * priority, travel minutes, overtime minutes, then a tiny impact/effort tie-break.
 */
export interface ObjectiveWeights {
  /** Price of leaving a job out, by priority code (others: `unplacedOther`). */
  unplaced: Readonly<Record<string, number>>;
  unplacedOther: number;
  /** Price of a placement that breaches its SLA, by priority code (others: `slaOther`). */
  slaBreach: Readonly<Record<string, number>>;
  slaOther: number;
  travelPerMin: number;
  overtimePerMin: number;
  /** Per day later in the range, per step of the impact/effort matrix order (shared/matrix): Do first earliest. */
  orderPerDay: number;
}

export const DEFAULT_WEIGHTS: ObjectiveWeights = {
  unplaced: { EMERGENCY: 4_000_000, URGENT: 3_000_000, ROUTINE: 2_000_000, PLANNED: 1_000_000 },
  unplacedOther: 1_000_000,
  slaBreach: { EMERGENCY: 100_000, URGENT: 30_000, ROUTINE: 10_000, PLANNED: 3_000 },
  slaOther: 3_000,
  travelPerMin: 1,
  overtimePerMin: 0.5,
  orderPerDay: 0.0001,
};

export interface ScheduleInput {
  world: PlanningWorld;
  /** Jobs to place (refs). Jobs already in the diary are skipped unless re-optimising moves them. */
  jobs: readonly string[];
  /** The days to plan. */
  dates: readonly IsoDate[];
  /** Operatives to plan for (ids); default every operative in the world. */
  operatives?: readonly string[];
  /** The diary as it stands. Entries outside the dates/operatives are never touched. */
  diary: readonly DiaryEntry[];
  /** Unpinned entries in range may move too (pinned entries never move). Default false. */
  reoptimise?: boolean;
  weights?: Partial<ObjectiveWeights>;
  /** Impact/effort matrix threshold for the tie-break order (default: high = 4–5). */
  matrix?: MatrixSettings;
  seed?: number;
  /**
   * Budget in ms, measured with `now` (the solver never reads a clock itself), end to end: the
   * travel matrix, model builds and constructions, the search, the re-check and explanations.
   */
  timeLimitMs: number;
  now: () => number;
  /** When the budget began on `now`'s clock (the planner pressed Run: work before this call counts); default: on entry. */
  startedAt?: number;
  /**
   * The planner pressed Cancel: the run stops where it is (even mid-construction) and returns the
   * plan so far; jobs it did not get to are listed without the full rule-by-rule explanation.
   */
  cancelled?: () => boolean;
}

export interface PlacedJob {
  ref: string;
  operative_id: string;
  date: IsoDate;
  /** Planned minutes since midnight. */
  start_min: number;
  end_min: number;
  /** Was in the diary elsewhere before (re-optimising). */
  moved: boolean;
  warnings: Violation[];
}

export interface BlockingReason {
  ruleId: string;
  ruleName: string;
  owner: RuleOwner;
  /** Operative-days this rule blocks. */
  count: number;
  example: string;
}

export interface NearMiss {
  operative_id: string;
  operative: string;
  date: IsoDate;
  /** Hard violations first, then soft ones. */
  violations: Violation[];
  /** Days after the SLA deadline date (0 = on or before). */
  daysLate: number;
}

export interface UnplacedJob {
  ref: string;
  /** One plain-language paragraph. */
  summary: string;
  reasons: BlockingReason[];
  nearest: NearMiss | null;
  /** What would make it fit: rule, operative, day. */
  fixes: string[];
}

export interface ScheduleKpis {
  placed: number;
  unplaced: number;
  /** Placements finishing after their SLA deadline, by priority. */
  slaBreaches: Record<string, number>;
  travelMin: number;
  overtimeMin: number;
  /** (work + travel) ÷ rostered minutes over the operative-days planned. */
  utilisation: number;
}

export interface ScheduleResult {
  /** The whole diary after scheduling (entries outside the range unchanged). */
  diary: DiaryEntry[];
  placed: PlacedJob[];
  unplaced: UnplacedJob[];
  kpis: ScheduleKpis;
  /** Every placement re-checked with the rule units; ok = no hard violation, pinned unmoved. */
  check: { ok: boolean; problems: string[] };
  iterations: number;
  /**
   * How far past the time limit the run finished, in ms on `now` (0 when it kept it, or was
   * cancelled). The first complete plan is always finished, so a huge scope on a slow or busy
   * machine may take longer than the limit: the planner asked for a plan.
   */
  overrunMs: number;
}
