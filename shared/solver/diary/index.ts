// Public API of the diary auto-scheduler.
export { scheduleDiary, scheduleDiaryWith, type PassRequest, type PassSolver } from './schedule';
export { placementBound, type PlacementBound, type TradeBound } from './bound';
export { ScheduleInputError } from './scope';
export { explainPlacement } from './why';
export { DEFAULT_WEIGHTS } from './types';
export type {
  BlockingReason,
  NearMiss,
  ObjectiveWeights,
  PlacedJob,
  ScheduleInput,
  ScheduleKpis,
  ScheduleResult,
  UnplacedJob,
} from './types';
