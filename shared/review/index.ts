// Public API of the plan-review triggers.
export { findSlips, SLIP_THRESHOLD_MIN, type Slip } from './slips';
export { scopeChanges, type ScopeFields } from './scope-change';
export { placedDuring } from './absence-conflicts';
