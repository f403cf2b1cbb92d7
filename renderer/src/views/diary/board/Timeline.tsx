// The resource timeline: a sticky header, then one virtualized row per operative. Exposes its
// scroller and geometry through `handle` so the board can hit-test pointers and steer the
// keyboard drag without measuring rows.
import { useCallback, useLayoutEffect, useMemo, useRef, type MutableRefObject } from 'react';
import { useVirtualizer, defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import type { OperativeView } from '../../../../../shared/api/views';
import type { BoardState } from '../boardState';
import { buildGeometry, HEADER_H, type BoardMode, type Geometry } from './layout';
import { OperativeRow } from './OperativeRow';
import { TimelineHeader } from './TimelineHeader';
import { useElementWidth } from './useElementWidth';
import './timeline.css';
import '../drag/drag.css';

export interface TimelineHandle {
  scroller: HTMLDivElement | null;
  geometry: Geometry | null;
  rows: readonly OperativeView[];
  /** Scrolls so the row is fully visible (instantly). */
  revealRow(row: number): void;
  firstVisibleRow(): number;
}

interface Props {
  board: BoardState;
  rows: readonly OperativeView[];
  mode: BoardMode;
  focus: string;
  today: string;
  /** A row to keep mounted while scrolled away (the dragged card's). */
  keepRow: number;
  handle: MutableRefObject<TimelineHandle>;
}

let painted = false;

export function Timeline({ board, rows, mode, focus, today, keepRow, handle }: Props) {
  const { model, session } = board;
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const grown = board.optimistic.maxJobs;
  const geometry = useMemo(() => buildGeometry(model, rows, mode, width || 1000, grown), [model, rows, mode, width, grown]);
  const keep = useRef(keepRow);
  keep.current = keepRow;

  const rangeExtractor = useCallback((range: Range) => {
    const out = defaultRangeExtractor(range);
    const k = keep.current;
    if (k >= 0 && k < range.count && !out.includes(k)) out.push(k);
    return out;
  }, []);

  const virtualizer = useVirtualizer({
    count: width > 0 ? rows.length : 0, // nothing to draw until the width is known
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => geometry.rowHeights[i] ?? 66,
    overscan: 4,
    scrollMargin: HEADER_H,
    rangeExtractor,
  });
  useLayoutEffect(() => virtualizer.measure(), [geometry, virtualizer]);

  handle.current = {
    scroller: scrollRef.current,
    geometry,
    rows,
    revealRow(row) {
      const el = scrollRef.current;
      if (!el || row < 0 || row >= rows.length) return;
      const top = geometry.rowTops[row]!;
      const h = geometry.rowHeights[row]!;
      const view = el.clientHeight - HEADER_H;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + h > el.scrollTop + view) el.scrollTop = top + h - view;
    },
    firstVisibleRow() {
      const el = scrollRef.current;
      if (!el) return 0;
      let r = 0;
      while (r < rows.length - 1 && geometry.rowTops[r + 1]! <= el.scrollTop) r++;
      return r;
    },
  };
  useLayoutEffect(() => {
    handle.current.scroller = scrollRef.current;
  });

  const items = virtualizer.getVirtualItems();
  useLayoutEffect(() => {
    if (painted || items.length === 0) return;
    painted = true;
    performance.mark('board-committed');
    requestAnimationFrame(() => performance.mark('board-painted'));
  }, [items.length]);

  return (
    <div
      ref={scrollRef}
      className="timeline"
      data-mode={mode}
      data-dragging={session ? true : undefined}
      role="table"
      aria-label="Diary board"
      aria-rowcount={rows.length + 1}
    >
      <TimelineHeader model={model} geometry={geometry} today={today} focus={focus} rowCount={rows.length} />
      <div role="rowgroup" className="tl-body" style={{ height: geometry.totalHeight, width: geometry.width }}>
        {items.map((item) => {
          const op = rows[item.index]!;
          return (
            <OperativeRow
              key={op.id}
              board={board}
              op={op}
              opIndex={model.operativeIndex.get(op.id) ?? 0}
              rowIndex={item.index}
              top={geometry.rowTops[item.index]!}
              height={geometry.rowHeights[item.index]!}
              geometry={geometry}
            />
          );
        })}
      </div>
      {rows.length === 0 && <p className="tl-empty muted">No operatives match.</p>}
    </div>
  );
}
