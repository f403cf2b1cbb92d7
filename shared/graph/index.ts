export { describeCycle, indexGraph, rotateCycle, type Edge, type IndexedGraph } from './graph';
export { findCycle, findCycles } from './cycles';
export { wouldCreateCycle } from './would-create-cycle';
export { topologicalOrder } from './topological';
export { absToLocal, instantToAbs, localToAbs } from './abs-time';
export { chainIndex, findChains, type Chain } from './chains';
export { forwardPass, predecessorMap, type CpmJob, type ForwardOptions, type Slot } from './forward-pass';
export { criticalPath, type ChainTimes, type CpmInput, type CriticalPathResult, type JobTimes } from './critical-path';
export { knockOn, type KnockOnEffect, type KnockOnOptions, type KnockOnPlan } from './knock-on';
