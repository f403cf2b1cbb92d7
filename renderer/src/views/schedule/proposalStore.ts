// What an auto-schedule run proposes, shared with the diary board outside React state: while the
// preview is open the board draws the proposed placements as ghost cards; after Accept it marks
// the placements the run made until the planner clears them (or the next run). Cells and cards
// subscribe with selectors, so only those concerned re-render.
import { useSyncExternalStore } from 'react';

export interface ProposedPlacement {
  ref: string;
  operative_id: string;
  date: string;
  start: string;
  kind: 'added' | 'moved';
}

export interface Proposal {
  phase: 'preview' | 'applied';
  placements: readonly ProposedPlacement[];
}

let current: Proposal | null = null;
let byCell = new Map<string, readonly ProposedPlacement[]>();
let refs = new Set<string>();
const listeners = new Set<() => void>();
const NONE: readonly ProposedPlacement[] = [];

export function setProposal(p: Proposal | null): void {
  current = p;
  byCell = new Map();
  refs = new Set(p?.placements.map((x) => x.ref));
  for (const x of p?.placements ?? []) {
    const k = `${x.operative_id}|${x.date}`;
    byCell.set(k, [...(byCell.get(k) ?? []), x]);
  }
  for (const fn of listeners) fn();
}

export function getProposal(): Proposal | null {
  return current;
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** The ghosts to draw in one operative-day while a preview is open. */
export function useGhosts(operativeId: string, date: string): readonly ProposedPlacement[] {
  const get = () => (current?.phase === 'preview' ? (byCell.get(`${operativeId}|${date}`) ?? NONE) : NONE);
  return useSyncExternalStore(subscribe, get, get);
}

/** True for a job the accepted run placed or moved (highlighted on the board). */
export function useNewlyPlaced(ref: string): boolean {
  const get = () => current?.phase === 'applied' && refs.has(ref);
  return useSyncExternalStore(subscribe, get, get);
}

export function useProposal(): Proposal | null {
  return useSyncExternalStore(subscribe, getProposal, getProposal);
}
