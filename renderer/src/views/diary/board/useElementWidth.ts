// Tracks an element's content width (ResizeObserver), for layouts computed in JS.
import { useLayoutEffect, useState, type RefObject } from 'react';

/** 0 until measured (before the first paint), so callers can skip drawing at a guessed size. */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
