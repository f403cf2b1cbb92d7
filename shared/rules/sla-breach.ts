// Finishing after the SLA deadline is allowed but warned: sometimes a late visit by the right
// operative beats an on-time one by the wrong one, and the planner owns that call.
import { defineRule } from './define';
import { formatDateTime, formatStamp } from './format';

export const slaBreach = defineRule({
  id: 'sla-breach',
  name: 'SLA breach',
  description: 'The job would finish after its SLA deadline.',
  owner: 'planner',
  severity: 'soft',
  stage: 'plan',
  find: ({ job, date, visit, lookups }) => (visit.end_min > lookups.slaLatestFinish(job, date) ? [visit] : null),
  reason: (visit, { job, date, world }) =>
    `${job.ref} would finish ${formatDateTime(date, visit.end_min)}, after its SLA deadline ` +
    `${formatStamp(world.slaDeadline(job) ?? '')} (${job.priority})`,
});
