// The reference plan slips are measured against: the latest saved baseline. A published
// version plugs in here as another source — add a function returning its planned finishes
// (e.g. from the pack's diary, timed the same way) to REFERENCE_SOURCES; the newest wins.
import type { ReferencePlan } from '../../../shared/api/areas/review';
import type { Store } from '../store/store';

export interface Reference extends ReferencePlan {
  /** Planned finish per job ref, absolute minutes. */
  finishes: ReadonlyMap<string, number>;
}

type ReferenceSource = (store: Store) => Reference | null;

export function latestBaseline(store: Store): Reference | null {
  const b = store.db.prepare('SELECT id, label, saved_at FROM baselines ORDER BY id DESC LIMIT 1').get() as
    { id: number; label: string; saved_at: string } | undefined;
  if (!b) return null;
  const rows = store.db.prepare('SELECT job_ref, finish_abs FROM baseline_finishes WHERE baseline_id = ?').all(b.id) as {
    job_ref: string;
    finish_abs: number;
  }[];
  return { kind: 'baseline', ...b, finishes: new Map(rows.map((r) => [r.job_ref, r.finish_abs])) };
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
