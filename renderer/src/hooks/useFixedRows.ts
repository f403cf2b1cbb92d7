// Virtualizes a list or grid of fixed-height rows in its own scroll element: only the rows in
// view (plus `overscan`) are drawn. `headerHeight`: a sticky header above the first row.
import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

interface Spec {
  count: number;
  rowHeight: number;
  overscan: number;
  headerHeight?: number;
}

export function useFixedRows({ count, rowHeight, overscan, headerHeight }: Spec) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    ...(headerHeight !== undefined ? { scrollMargin: headerHeight } : {}),
  });
  return { scrollRef, virtualizer };
}
