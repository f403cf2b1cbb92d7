// What both kinds of day cell (week list, day track) draw over their jobs: the verdict for the
// hovered drop, the jobs being saved into the cell, and how full the day is.
import type { DayPlan } from '../../../../../shared/plan';
import type { CellDrag } from './cellProps';
import { FillBar } from './FillBar';

export function CellFooter({ drag, incoming, plan }: { drag: CellDrag | null; incoming: readonly string[]; plan: DayPlan }) {
  return (
    <>
      {drag?.hoverSlot != null && drag.hoverLabel && (
        <span className="hover-verdict" data-status={drag.status}>
          {drag.hoverLabel}
        </span>
      )}
      {incoming.length > 0 && <span className="incoming">Saving {incoming.join(', ')}…</span>}
      {plan.visits.length > 0 && <FillBar plan={plan} />}
    </>
  );
}
