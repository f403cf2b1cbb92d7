export { describeCycle, indexGraph, rotateCycle, type Edge, type IndexedGraph } from './graph';
export { findCycle, findCycles } from './cycles';
export { wouldCreateCycle } from './would-create-cycle';
export { topologicalOrder } from './topological';
