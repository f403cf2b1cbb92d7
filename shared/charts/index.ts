// Public API of the planning charts' data.
export { dayUse, type DayUse } from './utilisation';
export { SLA_RISK_CLASSES, SLA_RISK_LABELS, slaRiskByPriority, slaRiskOf } from './sla-risk';
export type { RiskCounts, RiskInput, SlaRiskClass } from './sla-risk';
