// The column right of the timeline: the Unscheduled tray, then the side panels (details of the
// selection). A new panel — a Rebooking region, say — is one more child here: a <section> with an
// accessible name, given the board model and selection it needs; it may take drops through the
// drag store as the tray does (see drag/dragStore.ts and drag/hitTest.ts).
import type { MutableRefObject } from 'react';
import type { BoardModel } from './boardModel';
import { DetailsPanel } from './details/DetailsPanel';
import type { DragStore } from './drag/dragStore';
import type { PendingMove } from './moves/useMoves';
import { Tray } from './tray/Tray';

interface Props {
  model: BoardModel;
  now: string;
  /** Selected refs still on the board, in the order they were picked. */
  selected: readonly string[];
  selectedSet: ReadonlySet<string>;
  pending: ReadonlyMap<string, PendingMove>;
  onSelect: (ref: string, additive: boolean) => void;
  onClearSelection: () => void;
  onPin: (ref: string, pinned: boolean) => void;
  onUnschedule: (ref: string) => void;
  store: DragStore;
  /** What is being dragged, for the tray's drop hint. */
  dragging: 'placed' | 'unscheduled' | null;
  trayRef: MutableRefObject<HTMLElement | null>;
}

export function DiarySide(p: Props) {
  return (
    <div className="diary-side">
      <Tray
        jobs={p.model.unscheduled}
        now={p.now}
        selection={p.selectedSet}
        pending={p.pending}
        onSelect={p.onSelect}
        store={p.store}
        dragging={p.dragging}
        regionRef={p.trayRef}
      />
      {p.selected.length > 0 && (
        <DetailsPanel
          model={p.model}
          selection={p.selected}
          now={p.now}
          onClose={p.onClearSelection}
          onPin={p.onPin}
          onUnschedule={p.onUnschedule}
        />
      )}
    </div>
  );
}
