// The reference plan slips are measured against: the latest saved baseline. A published
// version plugs in here as another source — add a function returning its planned finishes
// (e.g. from the pack's diary, timed the same way) to REFERENCE_SOURCES; the newest wins.
import type { ReferencePlan } from '../../../shared/api/areas/review';
import { baselineFinishes, latestBaselineRow } from '../store/review';
import type { Store } from '../store/store';

export interface Reference extends ReferencePlan {
  /** Planned finish per job ref, absolute minutes. */
  finishes: ReadonlyMap<string, number>;
}

type ReferenceSource = (store: Store) => Reference | null;

export function latestBaseline(store: Store): Reference | null {
  const b = latestBaselineRow(store);
  if (!b) return null;
  return { kind: 'baseline', ...b, finishes: baselineFinishes(store, b.id) };
}

const REFERENCE_SOURCES: ReferenceSource[] = [latestBaseline];

export function referencePlan(store: Store): Reference | null {
  let best: Reference | null = null;
  for (const source of REFERENCE_SOURCES) {
    const r = source(store);
    if (r && (!best || r.saved_at > best.saved_at)) best = r;
  }
  return best;
}
