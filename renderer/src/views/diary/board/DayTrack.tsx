// One operative's day in day view: jobs as blocks on the hours axis at their computed times, the
// drive before each as a hatched gap, the shift as the lit band. Carries data-date/data-drop.
import { Fragment } from 'react';
import { formatClock, formatDuration } from '../../../../../shared/plan';
import { Icon } from '../../../components/Icon';
import { dayCellAttributes, type CellProps } from './cellProps';
import { CellFooter } from './CellFooter';
import { Ghosts } from './Ghosts';
import { JobCard } from '../cards/JobCard';
import { isSaving } from '../moves/useMoves';
import { minuteToX } from './layout';
import './cells.css';

export function DayTrack({ board, op, date, plan, off, incoming, drag, width, axis }: CellProps) {
  const { model, now, selection, pending, onSelect } = board;
  const x = (m: number) => minuteToX(axis, m);
  const shiftL = x(plan.shift.start);
  const shiftW = x(plan.shift.end) - shiftL;
  const hoverX =
    drag?.hoverSlot == null
      ? null
      : drag.hoverSlot < plan.visits.length
        ? x(plan.visits[drag.hoverSlot]!.start_min - plan.visits[drag.hoverSlot]!.travel_min)
        : x(plan.last_end_min);
  return (
    <div {...dayCellAttributes(date, off, drag)} className="day-track" style={{ width, backgroundSize: `${60 * axis.pxPerMin}px 100%` }}>
      <span
        className="shift-band"
        style={{ left: shiftL, width: shiftW }}
        title={`Shift ${formatClock(plan.shift.start)}–${formatClock(plan.shift.end)}`}
      />
      {off && (
        <span className="day-off-label" style={{ left: shiftL + 6 }}>
          <Icon name="away" size={11} /> {off.label}
        </span>
      )}
      {plan.visits.map((v) => {
        const job = model.jobs.get(v.ref)!;
        const travelL = x(v.arrival_min - v.travel_min);
        return (
          <Fragment key={v.ref}>
            {v.travel_min > 0 && (
              <span
                className="travel-seg"
                style={{ left: travelL, width: Math.max(2, x(v.arrival_min) - travelL) }}
                title={`Travel ${formatDuration(v.travel_min)}`}
              >
                <span className="travel-seg-text">{formatDuration(v.travel_min)}</span>
              </span>
            )}
            <JobCard
              job={job}
              variant="block"
              times={{ start: v.start_min, end: v.end_min }}
              pinned={model.entries.get(v.ref)?.pinned ?? false}
              lock={model.locks.get(v.ref) ?? null}
              breach={v.end_min > model.index.slaLatestFinish(job, date)}
              now={now}
              selected={selection.has(v.ref)}
              pending={isSaving(pending, v.ref)}
              onSelect={onSelect}
              left={x(v.start_min)}
              width={Math.max(18, x(v.end_min) - x(v.start_min) - 1)}
            />
          </Fragment>
        );
      })}
      {plan.return_travel_min > 0 && plan.visits.length > 0 && (
        <span
          className="travel-seg travel-home"
          style={{ left: x(plan.last_end_min), width: Math.max(2, plan.return_travel_min * axis.pxPerMin) }}
          title={`Back to base ${formatDuration(plan.return_travel_min)}`}
        />
      )}
      {hoverX !== null && <span className="insert-marker-v" style={{ left: hoverX }} aria-hidden="true" />}
      <Ghosts operativeId={op.id} date={date} />
      <CellFooter drag={drag} incoming={incoming} plan={plan} />
    </div>
  );
}
