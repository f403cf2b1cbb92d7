// The board as hit-testing and keyboard steps see it, without a browser: the timeline's geometry
// (computed by the same layout code the board draws with) and its rectangle on screen.
import type { OperativeView } from '../../../../../../shared/api/views';
import type { BoardModel } from '../../../../../../renderer/src/views/diary/boardModel';
import { buildGeometry, type BoardMode } from '../../../../../../renderer/src/views/diary/board/layout';
import type { TimelineHandle } from '../../../../../../renderer/src/views/diary/board/Timeline';
import type { HitCache } from '../../../../../../renderer/src/views/diary/drag/hitTest';

export function rect(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) };
}

export function timeline(model: BoardModel, mode: BoardMode = 'week', rows: readonly OperativeView[] = model.operatives): TimelineHandle {
  return {
    scroller: null,
    geometry: buildGeometry(model, rows, mode, 1200),
    rows,
    revealRow: () => {},
    firstVisibleRow: () => 0,
  };
}

/** The timeline at (100, 50), 1200 × 700 on screen, the tray to its right. */
export function hitCache(scrollTop = 0, scrollLeft = 0): HitCache {
  return { tl: rect(100, 50, 1200, 700), scrollTop, scrollLeft, tray: rect(1310, 50, 300, 700) };
}
