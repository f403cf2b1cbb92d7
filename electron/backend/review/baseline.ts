// Baselines: an immutable snapshot of every planned finish (placed jobs and every job in a
// chain, unscheduled ones at their earliest). Saving is an undoable step; rows are never edited.
import { currentUser } from '../identity';
import { nextId } from '../store/next-id';
import { listBaselineRows } from '../store/review';
import type { Store } from '../store/store';
import { planModel } from '../plan/plan-model';

export interface BaselineInfo {
  id: number;
  label: string;
  saved_at: string;
  jobs: number;
}

/** The planned finishes a baseline (or the current plan, for comparison) holds. */
export function plannedFinishes(store: Store): Map<string, number> {
  const { cpm } = planModel(store);
  const out = new Map<string, number>();
  for (const t of cpm.jobs.values()) if (t.scheduled || t.chain) out.set(t.ref, t.end_abs);
  return out;
}

export function saveBaseline(store: Store, label: string | undefined): BaselineInfo {
  const finishes = plannedFinishes(store);
  const saved_at = store.now();
  const id = nextId(store, 'baselines');
  const name = label || `Baseline ${id} by ${currentUser(store)}`;
  store.history.mutate(`Save baseline "${name}"`, (rec) => {
    rec.put('baselines', { id, label: name, saved_at });
    for (const [job_ref, finish_abs] of finishes) rec.put('baseline_finishes', { baseline_id: id, job_ref, finish_abs });
  });
  return { id, label: name, saved_at, jobs: finishes.size };
}

export function listBaselines(store: Store): BaselineInfo[] {
  return listBaselineRows(store);
}
