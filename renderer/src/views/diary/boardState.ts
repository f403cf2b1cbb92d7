// What the board's parts share while drawing, passed down as one value: the model drawn, the drag
// (session and drop-target store), the clock, the selection and the moves being saved. A new piece
// of board-wide state is one more field here, not one more prop threaded through every layer.
import type { BoardModel } from './boardModel';
import type { DragSession } from './drag/dragSession';
import type { DragStore } from './drag/dragStore';
import type { PendingMove } from './moves/useMoves';
import type { OptimisticView } from './moves/optimistic';

export interface BoardState {
  model: BoardModel;
  /** The drag in progress, or null. */
  session: DragSession | null;
  store: DragStore;
  /** UK local 'YYYY-MM-DDTHH:MM', ticking once a minute. */
  now: string;
  selection: ReadonlySet<string>;
  /** Moves being saved (or stored, until the board reloads). */
  pending: ReadonlyMap<string, PendingMove>;
  /** Dropped jobs drawn where they are going until stored (moves/optimistic.ts). */
  optimistic: OptimisticView;
  onSelect: (ref: string, additive: boolean) => void;
}
