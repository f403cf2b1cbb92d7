// The actuals overlay for everything drawn on the diary board (cards in the timeline, the tray,
// the Rebooking region, the drag preview). The board fetches it once per data version and
// publishes it here; the small badge components subscribe, so no component between them changes.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { api } from '../../../api/client';
import { useResource } from '../../../hooks/useResource';
import { EMPTY_OVERLAY, buildOverlay, type ActualsOverlay } from './actualsOverlay';

let current: ActualsOverlay = EMPTY_OVERLAY;
const listeners = new Set<() => void>();
const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => listeners.delete(fn);
};
const read = () => current;

function publish(next: ActualsOverlay): void {
  if (next === current) return;
  current = next;
  for (const fn of listeners) fn();
}

/** Loads the rebooking queue and open address flags, and publishes them to the board's badges. */
export function useActualsOverlayData(): ActualsOverlay {
  const queue = useResource(() => api('rebooking/list', {}), []);
  const flags = useResource(() => api('addresses/list-flags', {}), []);
  const overlay = useMemo(
    () => (queue.data || flags.data ? buildOverlay(queue.data ?? [], flags.data ?? []) : EMPTY_OVERLAY),
    [queue.data, flags.data],
  );
  useEffect(() => publish(overlay), [overlay]);
  useEffect(() => () => publish(EMPTY_OVERLAY), []);
  return overlay;
}

export function useActualsOverlay(): ActualsOverlay {
  return useSyncExternalStore(subscribe, read, read);
}
