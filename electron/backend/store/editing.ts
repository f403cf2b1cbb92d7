// Queries of issue 13's edits that are not plain row reads: the trades a workspace knows, the
// bounding box of its locations, an operative's pinned placements ahead.
import type { Store } from './store';

/** Trades held by an operative (JSON trade lists, parsed) or already on a job. */
export function tradesInUse(store: Store): Set<string> {
  const out = new Set<string>();
  for (const t of store.db.prepare('SELECT trades FROM operatives').pluck().all() as string[]) {
    for (const s of JSON.parse(t) as { trade: string }[]) out.add(s.trade);
  }
  for (const t of store.db.prepare('SELECT DISTINCT trade FROM jobs').pluck().all() as string[]) out.add(t);
  return out;
}

export interface LocationBounds {
  min_lat: number | null;
  max_lat: number | null;
  min_lon: number | null;
  max_lon: number | null;
}

/** The box around every job and every operative's start (nulls in an empty workspace). */
export function locationBounds(store: Store): LocationBounds {
  return store.db
    .prepare(
      `SELECT MIN(lat) AS min_lat, MAX(lat) AS max_lat, MIN(lon) AS min_lon, MAX(lon) AS max_lon FROM (
         SELECT lat, lon FROM jobs UNION ALL SELECT start_lat AS lat, start_lon AS lon FROM operatives)`,
    )
    .get() as LocationBounds;
}

/** An operative's pinned placements from `from` on, with the trade and level each job needs. */
export function pinnedFrom(store: Store, operativeId: string, from: string): { ref: string; date: string; trade: string; min: number }[] {
  return store.db
    .prepare(
      `SELECT d.job_ref AS ref, d.date AS date, j.trade AS trade, j.min_proficiency AS min FROM diary_entries d
       JOIN jobs j ON j.ref = d.job_ref WHERE d.operative_id = ? AND d.pinned = 1 AND d.date >= ? ORDER BY d.date, d.job_ref`,
    )
    .all(operativeId, from) as { ref: string; date: string; trade: string; min: number }[];
}
