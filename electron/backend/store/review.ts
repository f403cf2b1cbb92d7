// Plan-review rows: recorded triggers, their acknowledgements and the saved baselines.
import type { Store } from './store';

export interface StoredTrigger {
  id: number;
  kind: 'scope' | 'absence';
  job_refs: string[];
  operative_id: string | null;
  message: string;
  raised_at: string;
}

export interface Acknowledgement {
  note: string;
  at: string;
  who: string;
}

export interface BaselineRow {
  id: number;
  label: string;
  saved_at: string;
}

/** Acknowledgements by trigger key. */
export function acknowledgements(store: Store): Map<string, Acknowledgement> {
  const rows = store.db.prepare('SELECT trigger_key, note, at, who FROM review_acks').all() as (Acknowledgement & {
    trigger_key: string;
  })[];
  return new Map(rows.map((a) => [a.trigger_key, { note: a.note, at: a.at, who: a.who }]));
}

/** Recorded triggers, newest first. */
export function storedTriggers(store: Store): StoredTrigger[] {
  const rows = store.db
    .prepare('SELECT id, kind, job_refs, operative_id, message, raised_at FROM review_triggers ORDER BY id DESC')
    .all() as (Omit<StoredTrigger, 'job_refs'> & { job_refs: string })[];
  return rows.map((r) => ({ ...r, job_refs: JSON.parse(r.job_refs) as string[] }));
}

/** Baselines, newest first, with how many planned finishes each holds. */
export function listBaselineRows(store: Store): (BaselineRow & { jobs: number })[] {
  return store.db
    .prepare(
      'SELECT b.id, b.label, b.saved_at, (SELECT COUNT(*) FROM baseline_finishes f WHERE f.baseline_id = b.id) AS jobs FROM baselines b ORDER BY b.id DESC',
    )
    .all() as (BaselineRow & { jobs: number })[];
}

export function latestBaselineRow(store: Store): BaselineRow | undefined {
  return store.db.prepare('SELECT id, label, saved_at FROM baselines ORDER BY id DESC LIMIT 1').get() as BaselineRow | undefined;
}

/** Planned finish per job ref (absolute minutes) saved with a baseline. */
export function baselineFinishes(store: Store, baselineId: number): Map<string, number> {
  const rows = store.db.prepare('SELECT job_ref, finish_abs FROM baseline_finishes WHERE baseline_id = ?').all(baselineId) as {
    job_ref: string;
    finish_abs: number;
  }[];
  return new Map(rows.map((r) => [r.job_ref, r.finish_abs]));
}
