// The auto-scheduler's objective as named units, the way the placement rules are: each term has
// a stable id, a plain description, the weight it takes from the objective weights, and its cost
// for one occurrence. build.ts only asks the terms; it does no pricing of its own. Terms come in
// four scopes, which map onto the engine's prices:
//   job        — a job left out (the engine's price of an unserved job);
//   assignment — a job on one operative-day (added into the engine's per-vehicle job cost);
//   travel     — per minute driven (the engine's travel cost matrix);
//   overtime   — per minute back after shift end (the engine's overtime price).
import type { IsoDate, Job } from '../../../domain/types';
import type { MatrixSettings } from '../../../matrix/quadrant';
import type { ShiftBounds } from '../../../plan/window';
import type { PlanLookups } from '../../../rules/index';
import type { ObjectiveWeights } from '../types';

export type TermScope = 'job' | 'assignment' | 'travel' | 'overtime';

/** One operative-day the job could go to. */
export interface AssignmentContext {
  job: Job;
  date: IsoDate;
  /** Position of the date in the planned range (0 = first day). */
  dayIndex: number;
  shift: ShiftBounds;
  lookups: PlanLookups;
  matrix?: MatrixSettings | undefined;
}

export interface TermContext {
  job: { job: Job };
  assignment: AssignmentContext;
  /** Minutes driven, or minutes of overtime. */
  travel: { minutes: number };
  overtime: { minutes: number };
}

export interface ObjectiveTerm<S extends TermScope = TermScope> {
  /** Stable kebab-case id. */
  id: string;
  name: string;
  /** One line: what it prices and why. */
  description: string;
  scope: S;
  /** The weight this term takes from the objective weights (for the job, where it depends on it). */
  weight(w: ObjectiveWeights, job?: Job): number;
  /** Cost of one occurrence, in objective units. */
  cost(ctx: TermContext[S], w: ObjectiveWeights): number;
}

export function defineTerm<S extends TermScope>(term: ObjectiveTerm<S>): ObjectiveTerm<S> {
  return term;
}

/** A term priced per minute at one weight (travel, overtime): its id is its scope, one occurrence costs minutes × weight. */
export function perMinuteTerm<S extends 'travel' | 'overtime'>(
  scope: S,
  name: string,
  description: string,
  weight: (w: ObjectiveWeights) => number,
): ObjectiveTerm<S> {
  return defineTerm<S>({ id: scope, name, description, scope, weight, cost: ({ minutes }, w) => minutes * weight(w) });
}

/** Which default prices a priority missing from each per-priority table. */
const OTHER_PRICE = { unplaced: 'unplacedOther', slaBreach: 'slaOther' } as const;

/** A per-priority price from the weights (leaving a job out, an SLA breach): the job's priority, else the default. */
export function priorityPrice(w: ObjectiveWeights, table: keyof typeof OTHER_PRICE, job?: Job): number {
  const other = w[OTHER_PRICE[table]];
  return job ? (w[table][job.priority] ?? other) : other;
}
