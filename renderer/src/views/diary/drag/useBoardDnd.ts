// The drag-and-drop wiring of the board (dnd-kit): pointer and keyboard sensors, a fixed collision
// target (hit-testing is ours, by geometry), announcements into the app's status region, and the
// drop decision: refuse locally with a reason, or send one move to the backend.
import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import {
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useStatus } from '../../../components/StatusRegion';
import type { BoardModel } from '../boardModel';
import { startSession, type DragSession } from './dragSession';
import { sameTarget, type DragStore, type DropTarget } from './dragStore';
import { hitTest, readHitCache } from './hitTest';
import { nextKeyboardTarget, revealTarget } from './keyboardNav';
import { pickedUpText, targetText } from './announce';
import { NOT_MOVED } from '../moves/moveMessages';
import { drop } from './drop';
import type { TimelineHandle } from '../board/Timeline';
import type { Moves } from '../moves/useMoves';
import { usePointerTracking } from './usePointerTracking';

export const BOARD_DROP_ID = 'diary-board';
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];

interface Options {
  model: BoardModel;
  store: DragStore;
  tl: MutableRefObject<TimelineHandle>;
  tray: MutableRefObject<HTMLElement | null>;
  moves: Moves;
  selection: readonly string[];
  focusDate: string;
  /** After a keyboard drop is stored, put focus back on the card. */
  onKeyboardDrop: (ref: string) => void;
}

export function useBoardDnd({ model, store, tl, tray, moves, selection, focusDate, onKeyboardDrop }: Options) {
  const { announce } = useStatus();
  const [session, setSession] = useState<DragSession | null>(null);
  const live = useRef({
    session,
    model,
    focusDate,
    lastSaid: null as DropTarget | null,
    start: { row: 0, col: 0 },
    releasedAt: null as number | null,
  });
  live.current.session = session;
  live.current.model = model;
  live.current.focusDate = focusDate;

  const dragged = useMemo(() => (session ? new Set(session.refs) : null), [session]);
  const pointerDrag = useMemo(
    () => (session && !session.keyboard && dragged ? { model: session.model, dragged } : null),
    [session, dragged],
  );
  usePointerTracking(pointerDrag, store, tl, tray);

  const coordinateGetter = useCallback<KeyboardCoordinateGetter>(
    (event) => {
      const s = live.current.session;
      if (!s || !KEYS.includes(event.code)) return undefined;
      event.preventDefault();
      const next = nextKeyboardTarget(event.code, store.get(), s.model, tl.current, new Set(s.refs), live.current.start);
      if (!next) return undefined;
      const point = revealTarget(next, tl.current, tray.current);
      store.set(next);
      return point ?? undefined;
    },
    [store, tl, tray],
  );

  // Options kept stable: a new options object means new sensors, new activators, and every card's
  // useDraggable re-rendering (new listeners) whenever the board does (drop-to-stored, issue 13).
  const keyboardOptions = useMemo(() => ({ coordinateGetter, scrollBehavior: 'auto' as const }), [coordinateGetter]);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, keyboardOptions));

  const collisionDetection = useCallback<CollisionDetection>(() => [{ id: BOARD_DROP_ID }], []);

  const say = useCallback(
    (t: DropTarget | null) => {
      const s = live.current.session;
      if (!s || !t || sameTarget(t, live.current.lastSaid)) return;
      live.current.lastSaid = t;
      announce(targetText(s, t), 'info', { toast: false });
    },
    [announce],
  );

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: () => {
        const s = live.current.session;
        if (s) announce(pickedUpText(s, live.current.model), 'info', { toast: false });
        return undefined;
      },
      onDragMove: () => {
        say(store.get());
        return undefined;
      },
      onDragOver: () => undefined,
      onDragEnd: () => undefined,
      onDragCancel: () => undefined,
    }),
    [announce, say, store],
  );

  const onDragStart = useCallback(
    (e: DragStartEvent) => {
      const ref = String(e.active.id);
      const refs = selection.includes(ref) && selection.length > 1 ? [ref, ...selection.filter((r) => r !== ref)] : [ref];
      const keyboard = e.activatorEvent instanceof KeyboardEvent;
      const s = startSession(model, refs, keyboard);
      live.current.session = s;
      live.current.lastSaid = null;
      setSession(s);
      // The keyboard starts from where the card is: its cell, or (from the tray) the focus day.
      const entry = model.entries.get(ref);
      const h = tl.current;
      const row = entry ? h.rows.findIndex((o) => o.id === entry.operative_id) : -1;
      const dates = h.geometry?.dates ?? model.dates;
      const col = entry ? dates.indexOf(entry.date) : -1;
      const focusCol = Math.max(0, dates.indexOf(live.current.focusDate));
      live.current.start = { row: row >= 0 ? row : h.firstVisibleRow(), col: col >= 0 ? col : focusCol };
      if (keyboard && s && row >= 0 && col >= 0) {
        const v = model.index.basePlan(h.rows[row]!, dates[col]!).visits;
        const slot = v.findIndex((x) => x.ref === ref);
        store.set({ kind: 'cell', operativeId: entry!.operative_id, date: dates[col]!, row, col, index: slot, slot });
      } else store.set(null);
    },
    [model, selection, store, tl],
  );

  // While dragging: no text selection across the board (a listener, not a class on <body>: taking
  // such a class off restyled the whole page at every drop), and note when the card was released,
  // by the event's own time (drop-to-stored counts from there: useMoves). Capture phase on window,
  // so it is read before dnd-kit ends the drag on the same event.
  const dragging = session !== null;
  useEffect(() => {
    if (!dragging) return;
    const note = (e: Event) => (live.current.releasedAt = e.timeStamp);
    const noSelect = (e: Event) => e.preventDefault();
    window.addEventListener('pointerup', note, true);
    window.addEventListener('keydown', note, true);
    document.addEventListener('selectstart', noSelect, true);
    return () => {
      window.removeEventListener('pointerup', note, true);
      window.removeEventListener('keydown', note, true);
      document.removeEventListener('selectstart', noSelect, true);
    };
  }, [dragging]);

  const finish = useCallback(() => {
    store.set(null);
    live.current.session = null;
    setSession(null);
  }, [store]);

  const onDragCancel = useCallback(() => {
    const s = live.current.session;
    finish();
    if (s) moves.say(NOT_MOVED.cancelled(s.refs), 'info');
  }, [finish, moves]);

  const onDragEnd = useCallback(
    (e: DragEndEvent) => {
      const s = live.current.session;
      const releasedAt = live.current.releasedAt ?? performance.now();
      live.current.releasedAt = null;
      let target = store.get();
      // Pointer drops: judge the exact release point (the last move may not have been tracked yet).
      if (s && !s.keyboard && e.activatorEvent && 'clientX' in e.activatorEvent) {
        const a = e.activatorEvent as PointerEvent;
        target = hitTest(
          a.clientX + e.delta.x,
          a.clientY + e.delta.y,
          readHitCache(tl.current, tray.current),
          tl.current,
          s.model,
          new Set(s.refs),
        );
      }
      finish();
      if (!s) return;
      void drop(s, target, moves, releasedAt).then((ok) => {
        if (ok && s.keyboard) onKeyboardDrop(s.primary.ref);
      });
    },
    [finish, moves, onKeyboardDrop, store, tl, tray],
  );

  return { session, sensors, collisionDetection, announcements, onDragStart, onDragEnd, onDragCancel };
}
