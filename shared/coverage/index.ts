// Public API of coverage: the roster judged against the plan, above shared/rules. Capacity
// against demand per trade per day, emergency cover gaps, and drop-outs (placed jobs a roster or
// absence change leaves uncovered).
export { OPEN_STATUSES, raisedDate, spreadDemand } from './demand';
export { absentOn, availableMinutes, tradeBarred, worksIn } from './supply';
export { computeCapacity } from './capacity';
export type { AtRiskJob, Capacity, CapacityDay, CapacityOptions, TradeCapacity } from './capacity-types';
export { formatHours, tradeSummary } from './summary';
export { COVER_SETTINGS_KEY, coverGaps, type CoverGap } from './cover';
export { DROPOUT_REASONS, findDropouts, type Dropout, type DropoutOptions, type DropoutReason } from './dropouts';
