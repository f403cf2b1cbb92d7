// Public API of the impact/effort matrix.
export { DEFAULT_MATRIX_SETTINGS, QUADRANTS, QUADRANT_LABELS, quadrantOf, rescoreFor } from './quadrant';
export type { MatrixSettings, Quadrant, Scored } from './quadrant';
export { MATRIX_RANK_MAX, matrixComparator, matrixOrder, matrixRank } from './order';
export type { MatrixItem, MatrixOrderOptions } from './order';
