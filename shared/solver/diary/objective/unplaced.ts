// Leaving a job out costs far more than anything else, and more for urgent work, so the search
// never trades a job for travel or overtime and drops the least urgent first.
import { defineTerm, priorityPrice } from './term';

export const unplacedTerm = defineTerm({
  id: 'unplaced',
  name: 'Job left out',
  description: 'A job the plan does not place, priced by priority far above any travel or overtime.',
  scope: 'job',
  weight: (w, job) => priorityPrice(w, 'unplaced', job),
  cost: ({ job }, w) => priorityPrice(w, 'unplaced', job),
});
