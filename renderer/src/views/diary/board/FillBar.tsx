// How full a day is: work and travel (including the drive back) against the shift length.
import type { DayPlan } from '../../../../../shared/plan';
import { formatDuration } from '../../../../../shared/plan';

export function fillTitle(plan: DayPlan): string {
  const pct = Math.round(plan.fill_ratio * 100);
  const over = plan.overrun_min > 0 ? `; runs ${formatDuration(plan.overrun_min)} past shift end` : '';
  return `Work ${formatDuration(plan.work_min)} + travel ${formatDuration(plan.travel_min)} of a ${formatDuration(plan.shift_min)} shift (${pct}%)${over}`;
}

export function FillBar({ plan }: { plan: DayPlan }) {
  const shift = Math.max(1, plan.shift_min);
  const work = Math.min(100, (plan.work_min / shift) * 100);
  const travel = Math.max(0, Math.min(100 - work, (plan.travel_min / shift) * 100));
  const pct = Math.round(plan.fill_ratio * 100);
  const level = plan.fill_ratio > 1 ? 'over' : plan.fill_ratio > 0.9 ? 'full' : 'ok';
  return (
    <span className="fill" data-level={level} title={fillTitle(plan)}>
      <span className="fill-track" aria-hidden="true">
        <span className="fill-work" style={{ width: `${work}%` }} />
        <span className="fill-travel" style={{ width: `${travel}%` }} />
      </span>
      <span className="fill-text">{pct}%</span>
    </span>
  );
}
