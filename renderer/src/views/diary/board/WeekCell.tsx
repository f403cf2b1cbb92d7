// One operative-day in week view: the day's jobs in sequence with computed start times, the
// travel gap before each, and the fill bar. Carries data-date, and data-drop while dragging.
import { formatDuration } from '../../../../../shared/plan';
import { Icon } from '../../../components/Icon';
import { dayCellAttributes, type CellProps } from './cellProps';
import { CellFooter } from './CellFooter';
import { Ghosts } from './Ghosts';
import { JobCard } from '../cards/JobCard';
import { isSaving } from '../moves/useMoves';
import { CELL_PAD, GAP_H, SLOT_H } from './layout';
import './cells.css';

export function WeekCell({ board, op, date, plan, off, incoming, drag, width }: CellProps) {
  const { model, now, selection, pending, onSelect } = board;
  const limit = (ref: string) => model.index.slaLatestFinish(model.jobs.get(ref)!, date);
  return (
    <div {...dayCellAttributes(date, off, drag)} className="day-cell" style={{ width }}>
      {off && plan.visits.length === 0 && (
        <span className="day-off-label">
          <Icon name="away" size={11} /> {off.label}
        </span>
      )}
      {plan.visits.map((v, i) => {
        const job = model.jobs.get(v.ref)!;
        const entry = model.entries.get(v.ref);
        return (
          <div key={v.ref} className="slot" style={{ top: CELL_PAD + i * SLOT_H }}>
            <span
              className="travel-gap"
              data-zero={v.travel_min === 0 || undefined}
              title={`Travel ${formatDuration(v.travel_min)}${v.waiting_min ? `, then waits ${formatDuration(v.waiting_min)}` : ''}`}
            >
              {v.travel_min > 0 && formatDuration(v.travel_min)}
              {v.waiting_min > 0 && <span className="wait"> · wait {formatDuration(v.waiting_min)}</span>}
            </span>
            <JobCard
              job={job}
              variant="compact"
              times={{ start: v.start_min, end: v.end_min }}
              pinned={entry?.pinned ?? false}
              lock={model.locks.get(v.ref) ?? null}
              breach={v.end_min > limit(v.ref)}
              now={now}
              selected={selection.has(v.ref)}
              pending={isSaving(pending, v.ref)}
              onSelect={onSelect}
            />
          </div>
        );
      })}
      {drag?.hoverSlot != null && (
        <span className="insert-marker" style={{ top: CELL_PAD + drag.hoverSlot * SLOT_H + GAP_H / 2 - 1 }} aria-hidden="true" />
      )}
      <Ghosts operativeId={op.id} date={date} />
      <CellFooter drag={drag} incoming={incoming} plan={plan} />
    </div>
  );
}
