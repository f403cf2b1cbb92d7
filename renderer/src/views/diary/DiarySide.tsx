// The column right of the timeline: the Rebooking queue (jobs whose visit failed), the Unscheduled
// tray, then the side panels (details of the selection). A new panel is one more child here: a
// <section> with an accessible name, drawing from the board state; it may take drops through the
// drag store as the tray does (see drag/dragStore.ts and drag/hitTest.ts).
import { useMemo, type MutableRefObject } from 'react';
import type { BoardState } from './boardState';
import { DetailsPanel } from './details/DetailsPanel';
import { useActualsOverlayData } from './rebooking/ActualsOverlayContext';
import { splitUnscheduled } from './rebooking/actualsOverlay';
import { RebookingPanel } from './rebooking/RebookingPanel';
import { Tray } from './tray/Tray';
import { useTrayJobs } from './moves/useTrayJobs';

interface Props {
  board: BoardState;
  /** Selected refs still on the board, in the order they were picked. */
  selected: readonly string[];
  onClearSelection: () => void;
  onPin: (ref: string, pinned: boolean) => void;
  onUnschedule: (ref: string) => void;
  /** What is being dragged, for the tray's drop hint. */
  dragging: 'placed' | 'unscheduled' | null;
  trayRef: MutableRefObject<HTMLElement | null>;
}

export function DiarySide({ board, selected, onClearSelection, onPin, onUnschedule, dragging, trayRef }: Props) {
  // Jobs waiting to be rebooked sit in the Rebooking region instead of the tray.
  const overlay = useActualsOverlayData();
  const unscheduled = useTrayJobs(board);
  const split = useMemo(() => splitUnscheduled(unscheduled, overlay), [unscheduled, overlay]);
  return (
    <div className="diary-side">
      <RebookingPanel board={board} jobs={split.rebook} overlay={overlay} />
      <Tray board={board} jobs={split.tray} dragging={dragging} regionRef={trayRef} />
      {selected.length > 0 && (
        <DetailsPanel
          model={board.model}
          selection={selected}
          now={board.now}
          onClose={onClearSelection}
          onPin={onPin}
          onUnschedule={onUnschedule}
        />
      )}
    </div>
  );
}
