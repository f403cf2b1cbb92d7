// The day — work, travel including the drive back, and any waiting for windows — must end
// within the shift plus the overtime allowance. Waiting counts because the operative is still
// on the clock; the reason lists it so the planner sees why the maths doesn't add up.
import { defineRule } from './define';
import { formatClock, formatDuration } from './format';

export const shiftHours = defineRule({
  id: 'shift-hours',
  name: 'Shift hours',
  description: 'Work plus travel (including the return leg) fits the shift plus the overtime allowance.',
  owner: 'planner',
  severity: 'hard',
  stage: 'plan',
  find: ({ plan, overtimeMin }) => (plan.day_end_min > plan.shift.end + overtimeMin ? [plan] : null),
  reason: (plan, { operative, overtimeMin }) => {
    const back = plan.return_travel_min > 0 ? ` (incl. ${formatDuration(plan.return_travel_min)} back to base)` : '';
    const wait = plan.waiting_min > 0 ? ` + waiting ${formatDuration(plan.waiting_min)}` : '';
    const shift = `${formatClock(plan.shift.start)}–${formatClock(plan.shift.end)}`;
    const allowance = overtimeMin > 0 ? `plus ${overtimeMin} min overtime` : 'with no overtime allowed';
    return (
      `Work ${formatDuration(plan.work_min)} + travel ${formatDuration(plan.travel_min)}${back}${wait} ` +
      `runs to ${formatClock(plan.day_end_min)}, beyond ${operative.name}'s ${shift} shift ${allowance}`
    );
  },
});
