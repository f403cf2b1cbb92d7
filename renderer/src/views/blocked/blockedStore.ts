// The placements the latest edit newly blocked ("3 placements now blocked: …"), app-wide, so the
// notice shows at once whichever view or dialog made the edit. A tiny external store read with
// useSyncExternalStore; an edit that blocks nothing leaves the notice alone.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { BlockedPlacementView } from '../../../../shared/api/areas/common';

export interface BlockedReport {
  /** What was changed, e.g. "Edit OP-3". */
  what: string;
  placements: readonly BlockedPlacementView[];
}

let current: BlockedReport | null = null;
const listeners = new Set<() => void>();

function set(next: BlockedReport | null): void {
  current = next;
  for (const fn of listeners) fn();
}

/** Shows the notice for this edit's blocked placements (nothing when there are none). */
export function reportBlocked(what: string, placements: readonly BlockedPlacementView[]): void {
  if (placements.length > 0) set({ what, placements });
}

export function clearBlocked(): void {
  set(null);
}

/** Keeps only the placements still listed (e.g. after some were sent back or re-planned). */
export function keepBlocked(keep: (p: BlockedPlacementView) => boolean): void {
  if (!current) return;
  const left = current.placements.filter(keep);
  set(left.length ? { ...current, placements: left } : null);
}

export function useBlocked(): BlockedReport | null {
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => current,
  );
}

/** "3 placements now blocked", "1 placement now blocked". */
export function blockedHeadline(n: number): string {
  return `${n} placement${n === 1 ? '' : 's'} now blocked`;
}

/**
 * Closes a modal editor when one of its edits blocks placements: the notice (under the header,
 * inert behind a modal) then takes over with "Send back to tray" and "Re-plan".
 */
export function useCloseOnBlocked(onClose: () => void): void {
  const report = useBlocked();
  const [seen] = useState(report);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    if (report && report !== seen) close.current();
  }, [report, seen]);
}
