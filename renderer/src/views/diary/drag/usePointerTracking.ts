// During a pointer drag: hit-test every pointer move (capture phase, so the target is current
// before dnd-kit handles the same event) and scroll the timeline when the pointer nears its top or
// bottom edge. Only arithmetic per move; rectangles are re-read on scroll and resize.
import { useEffect, type MutableRefObject } from 'react';
import type { BoardModel } from '../boardModel';
import type { DragStore } from './dragStore';
import { hitTest, readHitCache, type HitCache } from './hitTest';
import { HEADER_H } from '../board/layout';
import type { TimelineHandle } from '../board/Timeline';

const EDGE = 44;
const MAX_SPEED = 18;

export function usePointerTracking(
  active: { model: BoardModel; dragged: ReadonlySet<string> } | null,
  store: DragStore,
  tl: MutableRefObject<TimelineHandle>,
  tray: MutableRefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!active) return;
    const { model, dragged } = active;
    let cache: HitCache = readHitCache(tl.current, tray.current);
    let px = -1;
    let py = -1;
    let frame = 0;
    const update = () => {
      if (px >= 0) store.set(hitTest(px, py, cache, tl.current, model, dragged));
    };
    const onMove = (e: PointerEvent) => {
      px = e.clientX;
      py = e.clientY;
      update();
    };
    const scroller = tl.current.scroller;
    const onScroll = () => {
      if (scroller) {
        cache.scrollTop = scroller.scrollTop;
        cache.scrollLeft = scroller.scrollLeft;
      }
      update();
    };
    const onResize = () => {
      cache = readHitCache(tl.current, tray.current);
      update();
    };
    const tick = () => {
      frame = requestAnimationFrame(tick);
      const r = cache.tl;
      if (!scroller || !r || px < r.left || px > r.right) return;
      const top = r.top + HEADER_H;
      let v = 0;
      if (py < top + EDGE && py >= top - 8) v = -MAX_SPEED * (1 - (py - top) / EDGE);
      else if (py > r.bottom - EDGE && py <= r.bottom + 8) v = MAX_SPEED * (1 - (r.bottom - py) / EDGE);
      if (v !== 0) scroller.scrollTop += Math.round(Math.max(-MAX_SPEED, Math.min(MAX_SPEED, v)));
    };
    window.addEventListener('pointermove', onMove, { capture: true, passive: true });
    scroller?.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize);
    frame = requestAnimationFrame(tick);
    return () => {
      window.removeEventListener('pointermove', onMove, { capture: true });
      scroller?.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
      cancelAnimationFrame(frame);
    };
  }, [active, store, tl, tray]);
}
