// The impact/effort matrix as a tie-break: each day later costs a little more for work the
// matrix puts first (Do first earliest); over the longest range (31 days) worth at most about a
// minute of travel (345 steps x 0.0001 x 30 days), so it only breaks ties.
import { MATRIX_RANK_MAX, matrixRank } from '../../../matrix/order';
import { defineTerm } from './term';

export const matrixOrderTerm = defineTerm({
  id: 'matrix-order',
  name: 'Matrix order',
  description: 'Per day later in the range, per step of the impact/effort order: Do first goes earliest.',
  scope: 'assignment',
  weight: (w) => w.orderPerDay,
  cost: ({ job, dayIndex, matrix }, w) => (MATRIX_RANK_MAX - matrixRank(job, matrix)) * w.orderPerDay * dayIndex,
});
