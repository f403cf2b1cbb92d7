// One operative-day in the roster grid: the hours (or why not working), an on-call mark, and
// the draggable hours bar. Clicking (or Enter on) the cell opens the day form.
import { memo, useState } from 'react';
import type { GridDay } from '../../../../shared/api/areas/roster';
import type { Shift } from '../../../../shared/roster';
import { shortDay } from '../../lib/format';
import { HoursBar } from './HoursBar';
import { cellDescription, cellLabel, cellState } from './cellText';

interface Props {
  operativeId: string;
  operativeName: string;
  day: GridDay;
  onEdit: (operativeId: string, date: string) => void;
  onDragHours: (operativeId: string, day: GridDay, shift: Shift) => void;
}

function RosterCellImpl({ operativeId, operativeName, day, onEdit, onDragHours }: Props) {
  const [preview, setPreview] = useState<Shift | null>(null);
  const state = cellState(day);
  const description = cellDescription(day);
  const draggable = state === 'work' && day.shift !== null;
  return (
    <div
      role="cell"
      className="rc"
      data-date={day.date}
      data-state={state}
      data-source={day.source}
      data-holiday={day.holiday !== null || undefined}
      data-on-call={day.on_call || undefined}
      data-dragging={preview !== null || undefined}
    >
      <button
        type="button"
        className="rc-main"
        onClick={() => onEdit(operativeId, day.date)}
        title={description}
        aria-label={`${operativeName}, ${shortDay(day.date)}: ${description}. Edit day`}
      >
        <span className="rc-text">{cellLabel(day, preview)}</span>
        {day.on_call && (
          <span className="rc-call" aria-hidden="true">
            OC
          </span>
        )}
      </button>
      {draggable && <HoursBar shift={day.shift!} onPreview={setPreview} onCommit={(s) => onDragHours(operativeId, day, s)} />}
    </div>
  );
}

export const RosterCell = memo(RosterCellImpl);
