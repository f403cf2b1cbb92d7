// A day that runs past shift end but within the allowance is allowed, with a warning: overtime
// costs money and goodwill, so the planner should choose it knowingly.
import { defineRule } from './define';
import { formatClock, formatDuration } from './format';

export const overtime = defineRule({
  id: 'overtime',
  name: 'Overtime',
  description: 'The day runs past shift end but within the overtime allowance.',
  owner: 'planner',
  severity: 'soft',
  stage: 'plan',
  find: ({ plan, overtimeMin }) => (plan.day_end_min > plan.shift.end && plan.day_end_min <= plan.shift.end + overtimeMin ? [plan] : null),
  reason: (plan, { operative, overtimeMin }) =>
    `${operative.name}'s day would end at ${formatClock(plan.day_end_min)} back at base, ` +
    `${formatDuration(plan.overrun_min)} past the ${formatClock(plan.shift.end)} shift end ` +
    `(within the ${overtimeMin} min overtime allowance)`,
});
