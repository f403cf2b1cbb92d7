// The impact/effort matrix as a tie-break: each day later costs a little more for work the
// matrix puts first (Do first earliest), never enough to outweigh a minute of travel.
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
