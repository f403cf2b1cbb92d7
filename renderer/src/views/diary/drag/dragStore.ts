// Where the dragged card is over, kept outside React state: rows subscribe with a selector and
// re-render only when their own answer changes, so moving across 200 rows touches two of them.
import { useCallback, useSyncExternalStore } from 'react';

export type DropTarget =
  | {
      kind: 'cell';
      operativeId: string;
      date: string;
      row: number;
      col: number;
      /** Insert position among the day's other jobs; undefined = the end of the day. */
      index: number | undefined;
      /** Where the insert marker is drawn among the cards shown (the dragged one included). */
      slot: number;
    }
  | { kind: 'tray' }
  | { kind: 'none'; why: 'outside' | 'header' };

export interface DragStore {
  get(): DropTarget | null;
  set(t: DropTarget | null): void;
  subscribe(fn: () => void): () => void;
}

export function sameTarget(a: DropTarget | null, b: DropTarget | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'cell' && b.kind === 'cell') return a.operativeId === b.operativeId && a.date === b.date && a.index === b.index;
  if (a.kind === 'none' && b.kind === 'none') return a.why === b.why;
  return true;
}

export function createDragStore(): DragStore {
  let target: DropTarget | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => target,
    set(t) {
      if (sameTarget(target, t)) return;
      target = t;
      for (const fn of listeners) fn();
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

/** A slice of the drag target; return a primitive (or a stable value) so equal answers skip renders. */
export function useDragTarget<T>(store: DragStore, select: (t: DropTarget | null) => T): T {
  const get = useCallback(() => select(store.get()), [store, select]);
  return useSyncExternalStore(store.subscribe, get, get);
}
