// A placement on a day when the job cannot finish by its SLA deadline even started first thing
// costs the breach price of its priority: the search prefers days that keep the SLA. (Within a
// day the timing is the rules' business: the sla-breach rule warns about the planned time.)
import { defineTerm, priorityPrice } from './term';

export const slaBreachTerm = defineTerm({
  id: 'sla-breach',
  name: 'SLA breach',
  description: 'A day on which the job would finish after its SLA deadline even if started at shift start.',
  scope: 'assignment',
  weight: (w, job) => priorityPrice(w, 'slaBreach', job),
  cost: ({ job, date, shift, lookups }, w) =>
    lookups.slaLatestFinish(job, date) < shift.start + job.duration_min ? priorityPrice(w, 'slaBreach', job) : 0,
});
