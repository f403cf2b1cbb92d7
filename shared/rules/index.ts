// Public API of the placement rules.
export type {
  AnyRule,
  ContextFor,
  DayContext,
  JobContext,
  PlacedTimes,
  PlacementContext,
  PlacementStatus,
  PlanLookups,
  Rule,
  RuleOwner,
  RuleStage,
  Severity,
  Violation,
} from './types';
export { defineRule } from './define';
export type { RuleSpec } from './define';
export { buildWorld, DEFAULT_OVERTIME_MIN } from './world';
export type { Placement, PlanningWorld, PlanningWorldInput } from './world';
export { worldFromSnapshot } from './snapshot';
export type { DeadlinedJob, PlanningSnapshot } from './snapshot';
export { buildOperativeFacts } from './facts';
export type { OperativeFacts } from './facts';
export { describeScope, flagInForce, parseScope, scopeMatches } from './flag-scope';
export type { ScopedFlag, ScopeKind } from './flag-scope';
export { slaLatestFinishMin } from './sla-limit';
export { BLOCKED, OK, STATUS_NAMES, WARN, statusName, statusOf } from './status';
export type { StatusCode } from './status';
export { DAY_RULES, JOB_RULES, PLAN_RULES, RULES, RULES_BY_ID } from './registry';
export { OperativeDay, PlanIndex } from './plan-index';
export { dayContext, jobContext } from './day-context';
export type { PlacementOptions, PlacementResult } from './plan-index';
export { evaluatePlacement } from './evaluate';
export { boardStatus, evaluateAllForDay } from './board';
export type { StatusGrid } from './board';
export { absence } from './absence';
export { appointmentWindow } from './appointment-window';
export { areaRestriction } from './area-restriction';
export { competenceExpiry } from './competence-expiry';
export { dependencies } from './dependencies';
export { doNotSend } from './do-not-send';
export { operativeRetired } from './operative-retired';
export { overtime } from './overtime';
export { reducedDuties } from './reduced-duties';
export { shiftHours } from './shift-hours';
export { slaBreach } from './sla-breach';
export { tradeProficiency } from './trade-proficiency';
export { workingDay } from './working-day';
