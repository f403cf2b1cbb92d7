// What every day cell (week list or day track) is given, drag state included.
import type { OperativeView } from '../../../../../shared/api/views';
import type { DayPlan } from '../../../../../shared/plan';
import type { PlacementStatus } from '../../../../../shared/rules';
import type { BoardState } from '../boardState';
import type { DayOff } from './dayState';
import type { DayAxis } from './layout';

export interface CellDrag {
  status: PlacementStatus;
  /** Full reasons (title and aria-description); empty when ok. */
  description: string;
  /** Displayed slot the card would go in, when the pointer is over this cell. */
  hoverSlot: number | null;
  /** Short verdict for the hovered cell ('Blocked', 'Fits 09:40'). */
  hoverLabel: string;
}

export interface CellProps {
  board: BoardState;
  op: OperativeView;
  date: string;
  plan: DayPlan;
  off: DayOff | null;
  /** Refs being saved into this cell. */
  incoming: readonly string[];
  drag: CellDrag | null;
  width: number;
  axis: DayAxis;
}

/**
 * The attributes every day cell carries, week list or day track: the drag contract
 * (`data-date`, `data-drop`, reasons as title and aria-description) lives in this one place.
 */
export function dayCellAttributes(date: string, off: DayOff | null, drag: CellDrag | null) {
  return {
    role: 'cell',
    'data-date': date,
    'data-off': off?.kind,
    'data-drop': drag?.status,
    'data-hover': drag?.hoverSlot != null || undefined,
    title: drag?.description || off?.title,
    'aria-description': drag?.description || undefined,
  } as const;
}
